package io.github.trackdown.internal.opendata;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The open data table as an OpenDocument spreadsheet ({@value DatasetInfo#ODS}), laid out as GOV.UK's guidance on
 * accessible spreadsheets asks: a cover sheet first (title, what the data is, publisher, last update, licence and a
 * table of contents), then each table on a sheet of its own, named for what it holds, starting in cell A1 with one
 * header row and no blank rows or merged cells.
 *
 * <p>The file is made by the SODS library. Its sheets are {@code Cover}, {@code Recommendations} (the same rows and
 * cells as the CSV file, every value text except {@code year}, a number) and {@code Columns} (what each column
 * holds). The archive is then written again with every entry dated 1 January 1980, so the same tracker always gives
 * the same bytes.
 */
public final class OdsWorkbook {

    /** The sheet holding the rows. */
    public static final String ROWS_SHEET = "Recommendations";
    /** The sheet describing the columns. */
    public static final String COLUMNS_SHEET = "Columns";
    /** The cover sheet. */
    public static final String COVER_SHEET = "Cover";

    /** A number as the data writes it: digits, with a minus sign and a decimal point when needed. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** 1980-01-01T00:00 in the zip format's local time: the earliest date it can hold, the same for every build. */
    private static final long FIXED_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    private OdsWorkbook() {
    }

    /** Writes the spreadsheet. */
    public static void write(DatasetInfo info, DataTable table, OutputStream out) throws IOException {
        SpreadSheet workbook = new SpreadSheet();
        workbook.appendSheet(cover(info, table.rows().size()));
        workbook.appendSheet(rowsSheet(table));
        workbook.appendSheet(columnsSheet(info, table.columns()));
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        workbook.save(made);
        rewriteWithFixedDates(made.toByteArray(), out);
    }

    private static Sheet cover(DatasetInfo info, int rowCount) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {info.title(), ""});
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
        Sheet sheet = new Sheet(COVER_SHEET, lines.size(), 2);
        for (int i = 0; i < lines.size(); i++) {
            sheet.getRange(i, 0).setValue(lines.get(i)[0]);
            if (!lines.get(i)[1].isEmpty()) {
                sheet.getRange(i, 1).setValue(CellSafety.safe(lines.get(i)[1]));
            }
        }
        sheet.getRange(0, 0).setStyle(heading(true));
        sheet.setColumnWidth(0, 40.0);
        sheet.setColumnWidth(1, 140.0);
        return sheet;
    }

    private static Sheet rowsSheet(DataTable table) {
        List<DataRow> rows = table.rows();
        List<DataColumn> columns = table.columns();
        Sheet sheet = new Sheet(ROWS_SHEET, rows.size() + 1, columns.size());
        header(sheet, table.header());
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                Range cell = sheet.getRange(r + 1, c);
                if (columns.get(c).holdsNumbers() && NUMBER.matcher(cells.get(c)).matches()) {
                    cell.setValue(columns.get(c).datatype().equals("integer") ? (Object) Integer.valueOf(cells.get(c))
                            : (Object) Double.valueOf(cells.get(c)));
                } else if (!cells.get(c).isEmpty()) {
                    cell.setValue(cells.get(c));
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            sheet.setColumnWidth(c, name.equals("wording") || name.equals("comment") ? 120.0 : 35.0);
        }
        return sheet;
    }

    private static Sheet columnsSheet(DatasetInfo info, List<DataColumn> columns) {
        Sheet sheet = new Sheet(COLUMNS_SHEET, columns.size() + 1, 3);
        header(sheet, List.of(info.words().apply("data.column"), info.words().apply("ods.datatype"),
                info.words().apply("data.holds")));
        for (int i = 0; i < columns.size(); i++) {
            DataColumn column = columns.get(i);
            sheet.getRange(i + 1, 0).setValue(column.name());
            sheet.getRange(i + 1, 1).setValue(column.datatype());
            sheet.getRange(i + 1, 2).setValue(CellSafety.safe(column.description()));
        }
        sheet.setColumnWidth(0, 35.0);
        sheet.setColumnWidth(1, 25.0);
        sheet.setColumnWidth(2, 140.0);
        return sheet;
    }

    private static void header(Sheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            Range cell = sheet.getRange(0, c);
            cell.setValue(names.get(c));
            cell.setStyle(heading(false));
        }
    }

    private static Style heading(boolean large) {
        Style style = new Style();
        style.setBold(true);
        if (large) {
            style.setFontSize(14);
        }
        return style;
    }

    /**
     * Copies the archive entry by entry, in the same order and with the same content and compression, every entry
     * dated {@link #FIXED_TIME}; the {@code mimetype} entry stays first and uncompressed, as ODF requires.
     */
    private static void rewriteWithFixedDates(byte[] archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                if (entry.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        zip.finish();
    }
}
