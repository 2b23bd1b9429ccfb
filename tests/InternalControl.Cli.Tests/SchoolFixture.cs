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
        Check(Ic.Run("init", "--country", "kg", "--school", "Sample", "--year", "2026-2027", "--db", Db));
        Check(Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", Db));
    }

    public string Db { get; }

    public TempFolder Temp => _temp;

    /// <summary>Runs ic on this school as of the sample's date.</summary>
    public IcRun Run(params string[] args) => Ic.Run([.. args, "--db", Db, "--now", Now]);

    public void Dispose() => _temp.Dispose();

    private static void Check(IcRun run) => Assert.True(run.ExitCode == 0, run.Out + run.Error);
}
