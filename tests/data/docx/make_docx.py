#!/usr/bin/python3
"""Writes the Word fixtures of the knowledge-base tests (run from this folder): offer.docx, a small
document as Word writes it (a heading, paragraphs with several runs, a tab and a line break, a
hyperlink, a table, a tracked deletion, a header that is not the body); notdocx.docx, a ZIP without
word/document.xml. Invented company, example domains."""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
BODY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Ironbark Route Planner</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Plans start at </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>49 euros</w:t></w:r><w:r><w:t xml:space="preserve"> per month.</w:t></w:r></w:p>
<w:p><w:r><w:t>Délai</w:t></w:r><w:r><w:tab/><w:t>48 h</w:t></w:r><w:r><w:br/><w:t>Support en français.</w:t></w:r></w:p>
<w:p><w:hyperlink r:id="rId9"><w:r><w:t>planner.ironbark.example</w:t></w:r></w:hyperlink></w:p>
<w:p><w:del w:id="1" w:author="Robin"><w:r><w:delText>Old price 99 euros.</w:delText></w:r></w:del><w:ins w:id="2" w:author="Robin"><w:r><w:t>Annual plans save two months.</w:t></w:r></w:ins></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Starter</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5 drivers</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p/>
</w:body></w:document>"""
HEADER = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}><w:p><w:r><w:t>CONFIDENTIAL header</w:t></w:r></w:p></w:hdr>'
TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

with zipfile.ZipFile("offer.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", TYPES)
    z.writestr("word/document.xml", BODY)
    z.writestr("word/header1.xml", HEADER)
with zipfile.ZipFile("notdocx.docx", "w") as z:
    z.writestr("readme.txt", "not a Word document")
