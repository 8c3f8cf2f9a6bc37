type Body = GoogleAppsScript.Document.Body;

/**
 * A Doc's text as the template language reads it (the same convention as `blocksToText` and the .docx
 * reader): every paragraph ends with «\n»; a table row is its cells joined by «\t», ended by «\n».
 * Docs keeps a paragraph after every table (a body ends with one, and tables are never joined), so a Doc
 * has an empty paragraph after a final table, and between two tables, that the .docx has not: such a
 * paragraph is not part of the text.
 */
export function docText(body: Body): string {
  const { ElementType } = DocumentApp;
  let text = "";
  const children = Array.from({ length: body.getNumChildren() }, (_, index) => body.getChild(index));
  const types = children.map((child) => child.getType());
  for (const [index, child] of children.entries()) {
    const type = types[index];
    const separator =
      type === ElementType.PARAGRAPH &&
      types[index - 1] === ElementType.TABLE &&
      (index === children.length - 1 || types[index + 1] === ElementType.TABLE);
    if (separator && child.asParagraph().getText() === "") continue;
    if (type === ElementType.TABLE) {
      const table = child.asTable();
      for (let row = 0; row < table.getNumRows(); row++) {
        const cells = table.getRow(row);
        const texts: string[] = [];
        for (let cell = 0; cell < cells.getNumCells(); cell++)
          texts.push(cells.getCell(cell).getText().replace(/\n/g, " "));
        text += `${texts.join("\t")}\n`;
      }
    } else if (type === ElementType.PARAGRAPH || type === ElementType.LIST_ITEM) {
      text += `${child.asText().getText()}\n`;
    } else {
      text += "\n";
    }
  }
  return text;
}
