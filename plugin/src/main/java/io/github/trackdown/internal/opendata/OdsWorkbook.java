package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The open data table as an OpenDocument spreadsheet ({@value DatasetInfo#ODS}), laid out as GOV.UK's guidance on
 * accessible spreadsheets asks: a cover sheet first (title, what the data is, publisher, last update, licence and a
 * table of contents), then each table on a sheet of its own, named for what it holds, starting in cell A1 with one
 * header row and no blank rows or merged cells.
 *
 * <p>The sheets are {@code Cover}, {@code Recommendations} (the same rows and cells as the CSV file, every value text
 * except the numeric columns such as {@code year}) and {@code Columns} (what each column holds). The package is
 * written as it is made, row by row, in the ODF 1.2 format: {@code mimetype} first and uncompressed, then the
 * manifest, the document's title in {@code meta.xml}, empty {@code styles.xml}, and the sheets in
 * {@code content.xml}. Every entry is dated 1 January 1980, so the same tracker always gives the same bytes. The
 * entries are deflated at the fastest level: a portfolio's combined spreadsheet holds tens of megabytes of XML, which
 * the default level took more than twice as long to compress, for a file about a quarter smaller.
 */
public final class OdsWorkbook {

    /** The sheet holding the rows. */
    public static final String ROWS_SHEET = "Recommendations";
    /** The sheet describing the columns. */
    public static final String COLUMNS_SHEET = "Columns";
    /** The cover sheet. */
    public static final String COVER_SHEET = "Cover";

    private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";


    /** 1980-01-01T00:00 in the zip format's local time: the earliest date it can hold, the same for every build. */
    private static final long FIXED_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"";

    /** The cell and column styles {@code content.xml} declares: a title, a header, and three column widths. */
    private static final String AUTOMATIC_STYLES = "<office:automatic-styles>"
            + column("narrow", "25mm") + column("normal", "35mm") + column("medium", "40mm")
            + column("wide", "120mm") + column("widest", "140mm")
            + "<style:style style:name=\"title\" style:family=\"table-cell\"><style:text-properties"
            + " fo:font-weight=\"bold\" fo:font-size=\"14pt\"/></style:style>"
            + "<style:style style:name=\"header\" style:family=\"table-cell\"><style:text-properties"
            + " fo:font-weight=\"bold\"/></style:style>"
            + "</office:automatic-styles>";

    private OdsWorkbook() {
    }

    /** Writes the spreadsheet. */
    public static void write(DatasetInfo info, DataTable table, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        stored(zip, "mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
        deflated(zip, "META-INF/manifest.xml", manifest());
        deflated(zip, "meta.xml", meta(info));
        deflated(zip, "styles.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles"
                + NAMESPACES + "/>").getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(entry("content.xml"));
        SheetXml xml = new SheetXml(zip);
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + ">"
                + AUTOMATIC_STYLES + "<office:body><office:spreadsheet>");
        cover(xml, info, table.rows().size());
        rows(xml, table);
        columns(xml, info, table.columns());
        xml.raw("</office:spreadsheet></office:body></office:document-content>");
        xml.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void cover(SheetXml xml, DatasetInfo info, int rowCount) throws IOException {
        List<String[]> lines = new ArrayList<>();
        if (!info.description().isEmpty()) {
            lines.add(new String[] {info.words().apply("ods.about"), info.description()});
        }
        if (!info.publisher().isEmpty()) {
            lines.add(new String[] {info.words().apply("ods.publisher"), info.publisher()});
        }
        lines.add(new String[] {info.words().apply("ods.lastUpdated"), info.lastUpdated().toString()});
        if (info.licence() != null) {
            lines.add(new String[] {info.words().apply("ods.licence"), info.licence().name() + " ("
                    + info.licence().url() + ")"});
            lines.add(new String[] {info.words().apply("ods.copyright"), info.licence().copyright()});
        }
        if (!info.siteUrl().isEmpty()) {
            lines.add(new String[] {info.words().apply("ods.source"), info.siteUrl()});
        }
        lines.add(new String[] {info.words().apply("ods.contents"), ""});
        lines.add(new String[] {ROWS_SHEET, info.words().apply("ods.rowsSheet").replace("{0}",
                Integer.toString(rowCount))});
        lines.add(new String[] {COLUMNS_SHEET, info.words().apply("ods.columnsSheet")});

        xml.startTable(COVER_SHEET, List.of("medium", "widest"));
        xml.startRow();
        xml.text(info.title(), "title");
        xml.endRow();
        for (String[] line : lines) {
            xml.startRow();
            xml.text(line[0], null);
            xml.text(CellSafety.safe(line[1]), null);
            xml.endRow();
        }
        xml.endTable();
    }

    private static void rows(SheetXml xml, DataTable table) throws IOException {
        List<DataColumn> columns = table.columns();
        xml.startTable(ROWS_SHEET, columns.stream()
                .map(c -> c.name().equals("wording") || c.name().equals("comment") ? "wide" : "normal").toList());
        header(xml, table.header());
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = columns.get(c).holdsNumbers();
        }
        DataTable.EncodedRows encoded = table.encoded(SheetXml.CELLS);
        for (DataRow row : table.rows()) {
            xml.startRow();
            byte[][] cells = encoded.next();
            for (int c = 0; c < cells.length; c++) {
                String number = numeric[c] ? row.cell(c) : null;
                if (number != null && isNumber(number)) {
                    xml.number(number);
                } else {
                    xml.text(cells[c]);
                }
            }
            xml.endRow();
        }
        xml.endTable();
    }

    /**
     * Whether the text is a number as the data writes it: digits, with a minus sign and a decimal point when needed
     * ({@code -?[0-9]+(\\.[0-9]+)?}). Checked a character at a time: a pattern took longer than the rest of a year's
     * cell.
     */
    static boolean isNumber(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > fraction && i == text.length();
    }

    private static void columns(SheetXml xml, DatasetInfo info, List<DataColumn> columns) throws IOException {
        xml.startTable(COLUMNS_SHEET, List.of("normal", "narrow", "widest"));
        header(xml, List.of(info.words().apply("data.column"), info.words().apply("ods.datatype"),
                info.words().apply("data.holds")));
        for (DataColumn column : columns) {
            xml.startRow();
            xml.text(column.name(), null);
            xml.text(column.datatype(), null);
            xml.text(CellSafety.safe(column.description()), null);
            xml.endRow();
        }
        xml.endTable();
    }

    private static void header(SheetXml xml, List<String> names) throws IOException {
        xml.startRow();
        for (String name : names) {
            xml.text(name, "header");
        }
        xml.endRow();
    }

    private static String column(String name, String width) {
        return "<style:style style:name=\"" + name + "\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"" + width + "\"/></style:style>";
    }

    private static byte[] manifest() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\""
                + MEDIA_TYPE + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] meta(DatasetInfo info) {
        StringBuilder title = new StringBuilder();
        SheetXml.escape(info.title(), title);
        StringBuilder language = new StringBuilder();
        SheetXml.escape(info.language(), language);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NAMESPACES + "><office:meta>"
                + "<dc:title>" + title + "</dc:title><dc:language>" + language + "</dc:language>"
                + "</office:meta></office:document-meta>").getBytes(StandardCharsets.UTF_8);
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = entry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
