type Body = GoogleAppsScript.Document.Body;

/**
 * A Doc's text as the template language reads it (the same convention as `blocksToText` and the .docx
 * reader): every paragraph ends with «\n»; a table row is its cells joined by «\t», ended by «\n».
 */
export function docText(body: Body): string {
  const { ElementType } = DocumentApp;
  let text = "";
  for (let index = 0; index < body.getNumChildren(); index++) {
    const child = body.getChild(index);
    const type = child.getType();
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
