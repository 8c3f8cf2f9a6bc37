export { docxText, partText } from "./extractText";
export { renderDocxFile, writeDocxTemplateFile } from "./files";
export { extentEmu, placeImages } from "./images";
export { type DocxTemplateOptions, renderDocx, templateParser, validateDocxTemplate } from "./render";
export { blocksToBodyXml, columnWidths, writeDocxTemplate } from "./writeTemplate";
