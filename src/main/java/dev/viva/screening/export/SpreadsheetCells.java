package dev.viva.screening.export;

/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): a cell starting with =, +, -, @,
 * a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show
 * it as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
