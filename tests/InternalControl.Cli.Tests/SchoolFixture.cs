using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>A real database with the sample Kyrgyz school imported; `ic init` attached the shipped Kyrgyz policy (No. 97).</summary>
internal sealed class SchoolFixture : IDisposable
{
    public const string Now = "2026-11-27";

    private readonly TempFolder _temp = new();

    public SchoolFixture()
    {
        Db = _temp.File("school.db");
        Ic.Run("init", "--country", "kg", "--school", "Sample", "--year", "2026-2027", "--db", Db).AssertSucceeded();
        Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", Db).AssertSucceeded();
    }

    public string Db { get; }

    public TempFolder Temp => _temp;

    /// <summary>Runs ic on this school as of the sample's date.</summary>
    public IcRun Run(params string[] args) => Ic.Run([.. args, "--db", Db, "--now", Now]);

    /// <summary>`ic report NAME --format FORMAT --out FILE` on this school, FILE a new file of its folder: the run and the file.</summary>
    public (IcRun Run, string Path) Report(string name, string format, params string[] more)
    {
        var path = _temp.File(name + "." + format);
        return (Run(["report", name, "--format", format, "--out", path, .. more]), path);
    }

    /// <summary>
    /// Writes <paramref name="content"/> as the import file <paramref name="file"/> of a folder of its own and imports the
    /// folder with --json twice, in the language <paramref name="first"/> and then in <paramref name="second"/>: the two runs.
    /// </summary>
    public (IcRun First, IcRun Second) Import(string file, string content, string first, string second)
    {
        var folder = Path.GetDirectoryName(_temp.Write("in/" + file, content))!;
        return (Run("import", folder, "--lang", first, "--json"), Run("import", folder, "--lang", second, "--json"));
    }

    /// <summary>A new database in <paramref name="temp"/> with an empty Kyrgyz school (`ic init`, nothing imported): its path.</summary>
    public static string Empty(TempFolder temp)
    {
        var db = temp.File("ic.db");
        Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db).AssertSucceeded();
        return db;
    }

    public void Dispose() => _temp.Dispose();
}
