using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>
/// A real database with the sample Kazakh school imported and its evaluation-sheet scores (samples/kz-school/scores.csv:
/// sheets II.3 and III.1, sixteen teachers) saved; `ic init` attached the shipped Kazakh policy (Order No. 130).
/// </summary>
public sealed class KazakhSchoolFixture : IDisposable
{
    public const string Now = "2026-11-27";

    private readonly TempFolder _temp = new();

    public KazakhSchoolFixture()
    {
        Db = _temp.File("kz.db");
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "kz-school");
        Ic.Run("init", "--country", "kz", "--school", "Sample", "--year", "2026-2027", "--db", Db).AssertSucceeded();
        Ic.Run("import", sample, "--db", Db).AssertSucceeded();
        Ic.Run("control", "score", Path.Combine(sample, "scores.csv"), "--db", Db).AssertSucceeded();
        Evaluation = Run("evaluate", "--json");
        Evaluation.AssertSucceeded();
    }

    public string Db { get; }

    /// <summary>The first `ic evaluate --json` on the school.</summary>
    public IcRun Evaluation { get; }

    /// <summary>Runs ic on this school as of the sample's date.</summary>
    public IcRun Run(params string[] args) => Ic.Run([.. args, "--db", Db, "--now", Now]);

    public void Dispose() => _temp.Dispose();
}
