namespace InternalControl.Application.Reports;

/// <summary>The files a report is written as.</summary>
public enum ReportFormat
{
    /// <summary>CSV: UTF-8 with a BOM, the reader's separators.</summary>
    Csv,

    /// <summary>An XLSX workbook with one sheet.</summary>
    Xlsx,

    /// <summary>A DOCX document a school hands in: the school, the title, the table, the notes and a signature line.</summary>
    Docx,
}
