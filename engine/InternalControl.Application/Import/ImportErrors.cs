namespace InternalControl.Application.Import;

/// <summary>
/// Collects the errors of one import, up to a cap, so that a person fixes a whole file at once
/// instead of one value per run, while a hopeless file (every row wrong) still ends quickly.
/// </summary>
internal sealed class ImportErrors(int cap)
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> All => _errors;

    public int Count => _errors.Count;

    /// <summary>The workbook's file name when the tables are its sheets: errors then name the sheet (their file) in it.</summary>
    public string? Workbook { get; set; }

    /// <summary>True once the cap is reached: reading stops.</summary>
    public bool Full { get; private set; }

    public void Add(string file, int row, string column, string key, params object?[] args)
    {
        if (Full)
        {
            return;
        }

        if (_errors.Count == cap)
        {
            _errors.Add(new ImportError("", 0, "", "Import.TooManyErrors", [cap]));
            Full = true;
            return;
        }

        _errors.Add(new ImportError(file, row, column, key, args) { Workbook = file.Length > 0 && file != Workbook ? Workbook : null });
    }
}
