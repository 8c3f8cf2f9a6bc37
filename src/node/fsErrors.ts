/** File-system failures as one Russian sentence that says what to do; node's own text is English. */

export type PathKind = "file" | "folder";

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

/**
 * The Russian line for a file-system error on `path`, or null when `error` is not one. `kind` says
 * whether the program wanted a file (a workbook, an export) or a folder (where files are written).
 */
export function describeFsError(error: unknown, path: string, kind: PathKind = "file"): string | null {
  switch (codeOf(error)) {
    case "ENOENT":
      return kind === "folder"
        ? `Папки «${path}» нет. Проверьте путь или создайте папку.`
        : `Файл «${path}» не найден. Проверьте имя и папку.`;
    case "EEXIST":
      return `На месте папки «${path}» лежит файл. Переименуйте или уберите его и повторите.`;
    case "ENOTDIR":
      return `В пути «${path}» файл стоит на месте папки. Проверьте путь.`;
    case "EISDIR":
      return `«${path}» — это папка, а нужен файл. Укажите файл внутри неё.`;
    case "EACCES":
    case "EPERM":
      return kind === "folder"
        ? `Нет прав на запись в папку «${path}». Выберите другую папку или попросите права у администратора.`
        : `Нет прав на доступ к «${path}». Проверьте права на файл или скопируйте его в свою папку.`;
    case "EROFS":
      return `«${path}» на диске только для чтения. Скопируйте книгу на обычный диск и повторите.`;
    case "ENOSPC":
    case "EDQUOT":
      return `На диске не хватает места для «${path}». Освободите место и повторите.`;
    case "EBUSY":
      return `«${path}» занят другой программой. Закройте её и повторите.`;
    case "EMFILE":
    case "ENFILE":
      return "Открыто слишком много файлов. Закройте лишние программы и повторите.";
    case "ENAMETOOLONG":
      return `Слишком длинное имя файла или путь: «${path}». Перенесите файл в папку с коротким путём.`;
    case "ELOOP":
      return `«${path}» — ссылка, которая указывает сама на себя. Укажите настоящий файл.`;
    default:
      return null;
  }
}
