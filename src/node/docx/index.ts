export { docxText, partText } from "./extractText";
export { renderDocxFile, writeDocxTemplateFile } from "./files";
export { type DocxTemplateOptions, renderDocx, templateParser, validateDocxTemplate } from "./render";
export { blocksToBodyXml, columnWidths, writeDocxTemplate } from "./writeTemplate";
