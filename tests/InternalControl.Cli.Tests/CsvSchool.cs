using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>A school a test writes as CSV files in its temp folder and imports into a new database (`ic init`, `ic import`).</summary>
internal static class CsvSchool
{
    /// <summary>A new folder <paramref name="name"/> in <paramref name="temp"/>, for the CSV files.</summary>
    public static string Folder(TempFolder temp, string name)
    {
        var folder = temp.File(name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes one CSV file of the folder: its header and its rows, one a line.</summary>
    public static void Write(string folder, string name, params string[] lines) => File.WriteAllLines(Path.Combine(folder, name), lines);

    /// <summary>Creates <paramref name="db"/> with the school <paramref name="name"/> for 2026-2027 and imports the folder into it; its path.</summary>
    public static string Import(string db, string folder, string country, string name)
    {
        Ic.Run("init", "--country", country, "--school", name, "--year", "2026-2027", "--db", db).AssertSucceeded();
        Ic.Run("import", folder, "--db", db).AssertSucceeded();
        return db;
    }
}
