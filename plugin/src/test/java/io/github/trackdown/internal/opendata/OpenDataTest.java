package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.internal.render.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

/**
 * The CSV file, its CSVW metadata, the spreadsheet and the Dataset description agree with each other, and each can
 * be read by a reader that did not write it.
 */
class OpenDataTest {

    private static final String SITE = "https://example.org/tracker/";

    @TempDir
    java.nio.file.Path project;

    private Tracker tracker;
    private DataTable table;
    private DatasetInfo info;

    @BeforeEach
    void aTrackerWithTwoReviewsAndTextThatSpreadsheetsWouldRun() throws Exception {
        TrackerFixture fixture = new TrackerFixture(project).standardTracker().review(2023).review(2024)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained")
                .file("2024/r2.md", """
                        ---
                        id: R2
                        title: "=HYPERLINK(\\"https://evil.example\\")"
                        theme: People
                        status: Not met
                        outcome: New
                        owners:
                          - "@Cabinet Office"
                        ---
                        Government should publish
                        its data, with **care**,
                        and [link it](https://example.org/).

                        ## Progress

                        -1 departments did so;
                        the rest did not.
                        """);
        tracker = fixture.engine().check().tracker();
        Messages messages = Messages.forLanguage("en");
        table = DataRows.table(tracker, assessment -> SITE + "recommendations/" + assessment.id().toLowerCase()
                + ".html#review-" + assessment.year(), messages::text);
        info = new DatasetInfo("Test tracker", "Recommendations made to test Trackdown.", "Example Office", "en",
                Publication.Licence.openGovernmentLicence("© Crown copyright"), LocalDate.of(2024, 7, 1), SITE,
                messages::text);
    }

    @Test
    void theCsvHasOneRowPerRecommendationPerReviewWithIsoDatesPlainTextAndAbsoluteAddresses() throws IOException {
        List<CSVRecord> records = csvRecords();

        assertEquals(List.of("R1", "R1", "R2"), records.stream().map(r -> r.get("id")).toList());
        CSVRecord r2 = records.get(2);
        assertEquals("2024-07-01", r2.get("published"));
        assertEquals("Review of 2024", r2.get("review_title"));
        assertEquals("Government should publish its data, with care, and \"link it\" (https://example.org/).",
                r2.get("wording"));
        assertEquals("https://example.org/tracker/recommendations/r2.html#review-2024", r2.get("url"));
    }

    @Test
    void cellsThatWouldStartAFormulaStartWithAQuoteInTheCsv() throws IOException {
        CSVRecord r2 = csvRecords().get(2);

        assertEquals("'=HYPERLINK(\"https://evil.example\")", r2.get("title"));
        assertEquals("'@Cabinet Office", r2.get("owners"));
        assertEquals("'-1 departments did so; the rest did not.", r2.get("comment"));
    }

    @Test
    void everyColumnTheCsvwMetadataDescribesIsInTheCsvInItsOrderWithValuesOfItsDatatype() throws IOException {
        ByteArrayOutputStream metadata = new ByteArrayOutputStream();
        CsvwMetadata.write(info, table.columns(), metadata);
        JsonNode json = new ObjectMapper().readTree(metadata.toByteArray());
        List<CSVRecord> records = csvRecords();
        List<String> header = csvHeader();

        assertEquals("http://www.w3.org/ns/csvw", json.get("@context").asText());
        assertEquals(DatasetInfo.CSV, json.get("url").asText());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                json.get("dc:license").get("@id").asText());
        JsonNode columns = json.get("tableSchema").get("columns");
        assertEquals(header.size(), columns.size());
        for (int i = 0; i < columns.size(); i++) {
            JsonNode column = columns.get(i);
            String name = column.get("name").asText();
            assertEquals(header.get(i), name, "column " + (i + 1));
            assertEquals(name, column.get("titles").asText());
            assertTrue(!column.get("dc:description").asText().isBlank(), name + " is described");
            for (CSVRecord record : records) {
                assertOfDatatype(column.get("datatype").asText(), record.get(name), name);
            }
        }
    }

    @Test
    void theSpreadsheetOpenedWithOdfToolkitHasTheSameRowsAsTheCsvAfterACoverSheet() throws Exception {
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        OdsWorkbook.write(info, table, ods);

        try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(
                new ByteArrayInputStream(ods.toByteArray()))) {
            List<String> sheets = document.getTableList(false).stream().map(OdfTable::getTableName).toList();
            assertEquals(List.of("Cover", "Recommendations", "Columns"), sheets);
            OdfTable cover = document.getTableByName("Cover");
            assertEquals("Test tracker", cover.getCellByPosition(0, 0).getStringValue());
            assertTrue(tableText(cover).contains("Open Government Licence v3.0"), tableText(cover));
            assertTrue(tableText(cover).contains("© Crown copyright"), tableText(cover));

            OdfTable sheet = document.getTableByName("Recommendations");
            List<List<String>> sheetRows = new ArrayList<>();
            for (int r = 0; r <= table.rows().size(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    cells.add(sheet.getCellByPosition(c, r).getDisplayText());
                }
                sheetRows.add(cells);
            }
            List<List<String>> csvRows = new ArrayList<>();
            csvRows.add(csvHeader());
            csvRecords().forEach(record -> csvRows.add(record.toList()));
            assertEquals(csvRows, sheetRows);
            assertEquals("float", sheet.getCellByPosition(1, 1).getValueType(), "the year is a number");
        }
    }

    @Test
    void theSpreadsheetOpenedWithSodsToo() throws Exception {
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        OdsWorkbook.write(info, table, ods);

        com.github.miachm.sods.SpreadSheet workbook = new com.github.miachm.sods.SpreadSheet(
                new ByteArrayInputStream(ods.toByteArray()));
        assertEquals(List.of("Cover", "Recommendations", "Columns"),
                workbook.getSheets().stream().map(com.github.miachm.sods.Sheet::getName).toList());
        com.github.miachm.sods.Sheet sheet = workbook.getSheet("Recommendations");
        assertEquals(table.rows().size() + 1, sheet.getMaxRows());
        assertEquals(table.columns().size(), sheet.getMaxColumns());
        List<List<String>> csvRows = new ArrayList<>();
        csvRows.add(csvHeader());
        csvRecords().forEach(record -> csvRows.add(record.toList()));
        for (int r = 0; r < csvRows.size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Object value = sheet.getRange(r, c).getValue();
                String text = value == null ? "" : value instanceof Double number
                        ? Long.toString(number.longValue()) : value.toString();
                assertEquals(csvRows.get(r).get(c), text, "row " + r + ", column " + c);
            }
        }
    }

    @Test
    void theSpreadsheetKeepsSpacesTabsLineBreaksAndMarkupCharactersExactly() throws Exception {
        String awkward = "  two leading, then  two <b>&amp;</b> \"quoted\"\tand a\nbreak";
        DataRow row = new DataRow("R1", 2024, LocalDate.of(2024, 7, 1), "Review", awkward, "People", "A; B",
                "Not met", "New", "w", "", SITE, List.of("", "", "no", "no"));
        DataTable oneRow = new DataTable(table.columns(), List.of(row));
        ByteArrayOutputStream ods = new ByteArrayOutputStream();
        OdsWorkbook.write(info, oneRow, ods);

        try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.loadDocument(
                new ByteArrayInputStream(ods.toByteArray()))) {
            OdfTable sheet = document.getTableByName("Recommendations");
            assertEquals(awkward, sheet.getCellByPosition(4, 1).getStringValue());
            assertEquals("", sheet.getCellByPosition(10, 1).getStringValue(), "an empty comment is an empty cell");
        }
    }

    @Test
    void theSameRowsGiveTheSameSpreadsheetBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        OdsWorkbook.write(info, table, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        OdsWorkbook.write(info, DataRows.table(tracker, assessment -> SITE + "recommendations/"
                + assessment.id().toLowerCase() + ".html#review-" + assessment.year(),
                Messages.forLanguage("en")::text), second);

        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void theDatasetDescriptionParsesAsASchemaOrgDatasetWithADownloadPerFile() throws IOException {
        JsonNode dataset = new ObjectMapper().readTree(DatasetJsonLd.of(info, "data/"));

        assertEquals("https://schema.org", dataset.get("@context").asText());
        assertEquals("Dataset", dataset.get("@type").asText());
        assertEquals("Test tracker", dataset.get("name").asText());
        assertEquals("Recommendations made to test Trackdown.", dataset.get("description").asText());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                dataset.get("license").asText());
        assertEquals("Example Office", dataset.get("publisher").get("name").asText());
        assertEquals("2024-07-01", dataset.get("dateModified").asText());
        List<String> urls = new ArrayList<>();
        dataset.get("distribution").forEach(download -> {
            assertEquals("DataDownload", download.get("@type").asText());
            urls.add(download.get("contentUrl").asText());
        });
        assertEquals(List.of(SITE + "data/recommendations.csv", SITE + "data/recommendations.csv-metadata.json",
                SITE + "data/recommendations.ods", SITE + "data/tracker.json"), urls);
    }

    @Test
    void theDatasetDescriptionCannotCloseItsScriptElement() {
        DatasetInfo hostile = new DatasetInfo("</script><script>alert(1)</script>", "", "", "en", null,
                LocalDate.of(2024, 7, 1), "", key -> key);

        String json = DatasetJsonLd.of(hostile, "data/");

        assertTrue(!json.contains("<"), json);
        assertTrue(json.contains("\"contentUrl\":\"data/recommendations.csv\""), json);
    }

    @Test
    void columnsAfterTheBuiltInOnesGoIntoEveryFormAndATableRefusesARowOfTheWrongLength() throws Exception {
        DataRow row = table.rows().get(0);
        DataRow withMore = new DataRow(row.id(), row.year(), row.published(), row.reviewTitle(), row.title(),
                row.theme(), row.owners(), row.status(), row.outcome(), row.wording(), row.comment(), row.url(),
                java.util.stream.Stream.concat(row.more().stream(), java.util.stream.Stream.of("=2+2")).toList());
        List<DataColumn> columns = new ArrayList<>(table.columns());
        columns.add(new DataColumn("budget", "string", "The budget."));
        DataTable wider = new DataTable(columns, List.of(withMore));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvTable.write(wider, csv);

        assertTrue(csv.toString(StandardCharsets.UTF_8).startsWith("id,year,published,review_title,title,theme,"
                + "owners,status,outcome,wording,comment,url,response,due,priority,overdue,budget\r\n"),
                csv.toString(StandardCharsets.UTF_8));
        assertTrue(csv.toString(StandardCharsets.UTF_8).contains(",'=2+2\r\n"), csv.toString(StandardCharsets.UTF_8));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new DataTable(table.columns(), List.of(withMore)));
        assertTrue(refused.getMessage().contains("17 cells for 16 columns"), refused.getMessage());
    }

    private List<CSVRecord> csvRecords() throws IOException {
        return csvParser().getRecords();
    }

    private List<String> csvHeader() throws IOException {
        return csvParser().getHeaderNames();
    }

    private CSVParser csvParser() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvTable.write(table, csv);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.toString(StandardCharsets.UTF_8)));
    }

    private static void assertOfDatatype(String datatype, String value, String column) {
        switch (datatype) {
            case "integer" -> Integer.parseInt(value);
            case "date" -> LocalDate.parse(value);
            case "anyURI" -> assertTrue(URI.create(value).isAbsolute(), column + ": " + value);
            case "string" -> assertTrue(value != null, column);
            default -> throw new AssertionError(column + " has an unexpected datatype " + datatype);
        }
    }

    private static String tableText(OdfTable table) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < table.getRowCount(); r++) {
            for (int c = 0; c < 2; c++) {
                var cell = table.getCellByPosition(c, r);
                text.append(cell == null ? "" : cell.getDisplayText()).append('\t');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
