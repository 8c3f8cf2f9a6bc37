/** The fictional school of the offline demo: every name and detail here is invented. */
export const DEMO_SETTINGS: Readonly<Record<string, string | number>> = {
  orgFullName:
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 имени А. С. Макаренко»",
  orgShortName: "МБОУ «СОШ № 7»",
  orgCode: "0000000007",
  city: "г. Заречный",
  orgAddress: "624250, Свердловская область, г. Заречный, ул. Ленина, д. 12",
  headName: "Соколова Ирина Викторовна",
  headPosition: "Директор",
  curatorName: "Белов Андрей Николаевич",
  curatorPosition: "Заместитель директора по учебно-воспитательной работе",
};
