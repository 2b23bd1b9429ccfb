using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests.District;

/// <summary>
/// `ic document sheet-note --sheet ID`: the reference note (анықтама) after a control by one evaluation sheet of the
/// Kazakh matrix (seed 000 §3.2-3.4), with the same objects, scores, groups and decisions as `ic report evaluations`.
/// </summary>
public sealed class SheetNoteTests(KazakhSchoolFixture school) : IClassFixture<KazakhSchoolFixture>
{
    [Fact]
    public void SheetNote_II3InKazakh_OneRowPerObjectAsTheEvaluationsReport()
    {
        // Arrange: the sample's sixteen teachers scored on sheet II.3
        var path = school.Run("report", "evaluations", "--json", "--lang", "kk");
        var rows = JsonDocument.Parse(path.Out).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList())
            .Where(r => r[2].StartsWith("II.3 ", StringComparison.Ordinal))
            .Select(r => (IReadOnlyList<string>)[r[0], r[1], r[3], r[4], r[5], r[7]])
            .ToList();
        using var temp = new TempFolder();
        var file = temp.File("sheet-note.docx");

        // Act
        var run = school.Run("document", "sheet-note", "--sheet", "II.3", "--out", file, "--lang", "kk");

        // Assert
        run.AssertSucceeded();
        var document = DocxDocument.Read(file);
        Assert.Equal(["АНЫҚТАМА"], document.Headings);
        var table = Assert.Single(document.Tables);
        Assert.Equal(16, rows.Count);
        Assert.Equal(rows, table.Skip(1));
        Assert.Contains(document.Paragraphs, p => p.Text.StartsWith("II.3 ", StringComparison.Ordinal) && p.Text.EndsWith("бағалау парағы бойынша бақылау нәтижелері туралы", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void SheetNote_UnknownSheet_RefusedWithTheSheetsAndNothingWritten()
    {
        // Arrange
        using var temp = new TempFolder();
        var file = temp.File("sheet-note.docx");

        // Act
        var run = school.Run("document", "sheet-note", "--sheet", "IX.9", "--out", file, "--lang", "ru");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("В матрице решений школы нет оценочного листа \"IX.9\". Листы: ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Contains(", II.3, ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void SheetNote_KyrgyzSchoolHasNoMatrix_RefusedInKyrgyz()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);

        // Act
        var run = Ic.Run("document", "sheet-note", "--sheet", "II.3", "--out", temp.File("x.docx"), "--db", db, "--lang", "ky");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Мектептин жобосунда чечимдер матрицасы жок", run.Out + run.Error, StringComparison.Ordinal);
    }
}
