using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests.District;

/// <summary>
/// The reports a school hands to the district (issue 14, "Documents and reports"): attendance by class (No. 97 6.2),
/// the quarter summary per class with СОУ, and the changes from quarter to quarter, on small CSV schools of both
/// countries whose figures are worked out by hand in <see cref="DistrictSchools"/> and below.
/// </summary>
public sealed class DistrictReportTests
{
    [Fact]
    public void QuarterSummary_KyrgyzQuarterOne_FiguresByHand()
    {
        // Arrange: 5А quarter 1, marks (maths/literature) k1 5/5, k2 4/5, k3 3/4, k4 2/3, k5 3/3:
        //   all "5": k1; all "4" and "5": k2; a single "3": k3; failing: k4; k5 has two "3" (counted in success only)
        //   quality = 2/5 = 40%; success = 4/5 = 80%
        //   СОУ over the 10 marks: 3×100 + 2×64 + 4×36 + 1×16 = 588 -> 58.8%
        // Act
        var report = Report(DistrictSchools.Kyrgyz, "quarter-summary", "1", "en");

        // Assert
        Assert.Equal(["5А", "5", "1", "1", "1", "1", "0", "40.0", "80.0", "58.8"], report.Row("5А"));
        Assert.Equal("Results of quarter 1 by class", report.Title);
    }

    [Fact]
    public void QuarterSummary_KyrgyzQuarterTwo_NotAssessedPupilAndTheSchoolRow()
    {
        // Arrange: 6А quarter 2, m1 4/5, m2 maths 5 and no literature: N 2, all "4" and "5" 1, not assessed 1,
        //   quality 50%, success 50%, СОУ (64 + 100 + 100) / 3 = 88.0%.
        //   5А quarter 2 (k1 5/5, k2 5/5, k3 4/4, k4 3/4, k5 3/3): all "5" 2, "4"-"5" 1, single "3" 1, failing 0,
        //   quality 60%, success 100%, СОУ (4×100 + 3×64 + 3×36) / 10 = 70.0%.
        //   School: 7 pupils, quality (2 + 2) / 7 = 57.1%, success 6/7 = 85.7%, СОУ (70×5 + 88×2) / 7 = 75.1%.
        // Act
        var report = Report(DistrictSchools.Kyrgyz, "quarter-summary", "2", "en");

        // Assert
        Assert.Equal(["6А", "2", "0", "1", "0", "0", "1", "50.0", "50.0", "88.0"], report.Row("6А"));
        Assert.Equal(["5А", "5", "2", "1", "1", "0", "0", "60.0", "100.0", "70.0"], report.Row("5А"));
        Assert.Equal(["Whole school", "7", "2", "2", "1", "0", "1", "57.1", "85.7", "75.1"], report.Row("Whole school"));
    }

    [Fact]
    public void QuarterSummary_KazakhMarksFromSummativePoints_R33FiguresByHand()
    {
        // Arrange: 7А quarter 1, the quarter marks R33 gives from the points (DistrictSchools.KazakhPoints):
        //   a1 5/5, a2 4/5, a3 3/4, a4 2/3 -> all "5" 1, "4"-"5" 1, single "3" 1, failing 1;
        //   quality 2/4 = 50%, success 3/4 = 75%, СОУ (3×100 + 2×64 + 2×36 + 16) / 8 = 516/8 = 64.5%
        // Act
        var report = Report(DistrictSchools.Kazakh, "quarter-summary", "1", "en");

        // Assert
        Assert.Equal(["7А", "4", "1", "1", "1", "1", "0", "50.0", "75.0", "64.5"], report.Row("7А"));
    }

    [Fact]
    public void QuarterChanges_Kazakh_QuarterTwoAgainstQuarterOne()
    {
        // Arrange: quarter 2 marks a1 5/5, a2 5/5, a3 4/4, a4 3/3: quality 75% (from 50, +25), success 100% (from 75,
        //   +25), СОУ (4×100 + 2×64 + 2×36) / 8 = 75.0% (from 64.5, +10.5), failing 0 (from 1, -1)
        // Act
        var report = Report(DistrictSchools.Kazakh, "quarter-changes", "2", "en");

        // Assert
        Assert.Equal(["7А", "50.0", "75.0", "25.0", "75.0", "100.0", "25.0", "64.5", "75.0", "10.5", "1", "0", "-1"], report.Row("7А"));
    }

    [Fact]
    public void QuarterChanges_Kyrgyz_ClassWithoutAPreviousQuarterHasNoChange()
    {
        // Arrange: 5А quality 40 -> 60, success 80 -> 100, СОУ 58.8 -> 70.0 (+11.2), failing 1 -> 0; 6А has marks in quarter 2 only.
        // Act
        var report = Report(DistrictSchools.Kyrgyz, "quarter-changes", "2", "en");

        // Assert
        Assert.Equal(["5А", "40.0", "60.0", "20.0", "80.0", "100.0", "20.0", "58.8", "70.0", "11.2", "1", "0", "-1"], report.Row("5А"));
        Assert.Equal(["6А", "", "50.0", "", "", "50.0", "", "", "88.0", "", "", "0", ""], report.Row("6А"));
    }

    [Fact]
    public void Attendance_KyrgyzQuarterOne_ExcuseWithoutDocumentAndParentNoteBeyondThreeDaysAreUnexcused()
    {
        // Arrange (No. 97 6.2; 6.2 A: a parent's note covers at most parent_note_max_days = 3 school days in a row):
        //   excused: k1 1 day 6 lessons (certificate), k3 Mon-Wed 3 days 15 lessons -> 4 days, 21 lessons
        //   unexcused: k2 1 day 3 lessons (medical, no document), k3 Thu 5 lessons (the note's 4th day), k4 2 lessons
        //     -> 3 days, 10 lessons, 3 pupils; k1's absence in November is quarter 2 and not counted
        // Act
        var report = Report(DistrictSchools.Kyrgyz, "attendance", "1", "en");

        // Assert
        Assert.Equal(["5А", "5", "4", "21", "3", "10", "7", "31", "3"], report.Row("5А"));
        Assert.Equal(["6А", "2", "0", "0", "0", "0", "0", "0", "0"], report.Row("6А"));
    }

    [Fact]
    public void Attendance_ClassFilter_OnlyThatClassAndKyrgyzHeadings()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kyrgyz(temp);

        // Act
        var path = temp.File("attendance.csv");
        var run = Ic.Run("report", "attendance", "--quarter", "1", "--class", "5a", "--format", "csv", "--out", path, "--db", db, "--now", DistrictSchools.Now, "--lang", "ky");

        // Assert
        run.AssertSucceeded();
        var text = File.ReadAllText(path);
        Assert.Contains("Класстар боюнча сабакка катышуу, 1-чейрек", text, StringComparison.Ordinal);
        Assert.Contains("Себепсиз калтырылган сабактар", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6А", text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuarterSummary_DocxInKazakh_HeadingAndOneRowPerClass()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = DistrictSchools.Kazakh(temp);
        var path = temp.File("summary.docx");

        // Act
        var run = Ic.Run("report", "quarter-summary", "--quarter", "1", "--format", "docx", "--out", path, "--db", db, "--now", DistrictSchools.Now, "--lang", "kk");

        // Assert
        run.AssertSucceeded();
        var document = DocxDocument.Read(path);
        Assert.Equal(["1-тоқсанның сыныптар бойынша қорытындысы"], document.Headings);
        var table = Assert.Single(document.Tables);
        Assert.Equal(("Сынып", "Бір «3»-пен"), (table[0][0], table[0][4]));
        Assert.Equal(["7А", "4", "1", "1", "1", "1", "0", "50,0", "75,0", "64,5"], table[1]);
    }

    /// <summary>The report as `ic report NAME --json` gives it over a new database of <paramref name="school"/>.</summary>
    private static JsonReport Report(Func<TempFolder, string> school, string name, string quarter, string language)
    {
        using var temp = new TempFolder();
        var run = Ic.Run("report", name, "--quarter", quarter, "--json", "--db", school(temp), "--now", DistrictSchools.Now, "--lang", language);
        run.AssertSucceeded();
        var json = JsonDocument.Parse(run.Out).RootElement;
        return new JsonReport(
            json.GetProperty("title").GetString()!,
            [.. json.GetProperty("rows").EnumerateArray().Select(r => (IReadOnlyList<string>)[.. r.EnumerateArray().Select(c => c.GetString() ?? "")])]);
    }

    private sealed record JsonReport(string Title, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        public IReadOnlyList<string> Row(string first) => Rows.Single(r => r[0] == first);
    }
}
