using CsCheck;
using InternalControl.Testing.Properties;
using InternalControl.Application.Tests.Import;

namespace InternalControl.Application.Tests.Fuzz;

/// <summary>
/// Fuzzing the import (hardening, proof): random rows, in the columns of pupils.csv and marks.csv and beside them, go into
/// a valid import folder. An import either writes or answers located errors and writes nothing; no exception escapes
/// and no case hangs.
/// </summary>
public sealed class ImportFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    // Cells at the edges: empty, quotes, separators, control and invisible characters, other scripts, huge and odd numbers and dates.
    private static readonly Gen<string> Cell = Gen.Frequency(
        (4, Gen.OneOf("p1", "p2", "p9", "7a", "math", "current", "2026-09-14", "2013-04-12", "5", "2", "0", "-1", "2.5", "")),
        (2, Gen.OneOf("\"", "\"\"", ",", ";", "\n", "\r\n", "\u001b[31m", "\u200b", "\ufeff", "\u202e", "\t", "1e309", "99999999999", "2026-02-30", "0001-01-01", "NaN", "Ә", "ң")),
        (2, Gen.String[0, 30]),
        (1, Gen.Char.Array[200, 400].Select(c => new string(c))));

    private static readonly Gen<string[]> Row = Cell.Array[0, 7];

    private static readonly Gen<(int File, string[][] Rows)> Rows = Gen.Select(Gen.Int[0, 1], Row.Array[1, 8]);

    [Fact]
    public void Fuzz_RandomRowsToImport_AreWrittenOrLocatedErrorsThatWriteNothing()
    {
        // Arrange: one school; each case appends its rows to a fresh copy of the valid files.
        using var folder = new ImportFolder();
        var pupils = ImportFolder.Valid["pupils.csv"];
        var marks = ImportFolder.Valid["marks.csv"];

        // Act and assert (one case at a time: they share the folder and the database).
        SeededSample.Check(
            Rows,
            c =>
            {
                var text = string.Join("\n", c.Rows.Select(r => string.Join(",", r)));
                folder.Write("pupils.csv", c.File == 0 ? pupils + "\n" + text : pupils);
                folder.Write("marks.csv", c.File == 1 ? marks + "\n" + text : marks);
                var before = folder.Rows();
                var outcome = FuzzBudget.Within(Limit, folder.Import, () => text);
                if (outcome.Errors.Count > 0)
                {
                    Assert.All(outcome.Errors, e => Assert.True(e.File.Length > 0 && e.Row >= 0, e.File + ":" + e.Row));
                    Assert.Equal(before, folder.Rows());
                }
            },
            FuzzBudget.Seed,
            FuzzBudget.Iterations(40));
    }
}
