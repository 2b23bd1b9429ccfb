using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Seed 003 and DOMAIN policy 5: a finding of an attestation or an inspection is recorded by hand (`ic teacher finding`),
/// starts the teacher's remediation (plan, evidence, check) and is in the findings register; bad input is refused with
/// a coded message in the reader's language and changes nothing.
/// </summary>
public sealed class TeacherFindingCommandTests
{
    private const string Finding = "Қысқа мерзімді жоспарларда саралап оқыту көрсетілмеген";

    [Fact]
    public void Finding_Inspection_StartsTheTeachersPlanAndIsInTheRegisterInKazakh()
    {
        // Arrange: the Kazakh sample school, evaluated.
        using var school = new KazakhSchoolFixture();
        var before = Cases(school);
        var plansBefore = Plans(school);

        // Act
        var run = school.Run("teacher", "finding", "t009", "--finding", Finding, "--source", "inspection", "--lang", "kk");

        // Assert: a new case, its first task the teacher's own plan; the register row holds the finding's words.
        run.AssertOut(0, "тексеру анықтаған кемшілік");
        Assert.Equal(before + 1, Cases(school));
        Assert.Contains(JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray(),
            c => c.GetProperty("key").GetString() == "teacher=t009;finding=inspection;since=" + KazakhSchoolFixture.Now);
        Assert.Equal(plansBefore + 1, Plans(school));
        var report = JsonDocument.Parse(school.Run("report", "teacher-findings", "--json", "--lang", "kk").Out).RootElement;
        Assert.Contains(report.GetProperty("rows").EnumerateArray(),
            r => r.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && c.GetString() == "тексеру анықтаған кемшілік: " + Finding));
    }

    [Theory]
    [InlineData("t999", Finding, "inspection", "IC3880", "\"t999\" педагогі жоқ. Ештеңе жазылмады.")]
    [InlineData("t009", "   ", "inspection", "IC3881", "Кемшілік жазылмаған")]
    [InlineData("t009", "", "attestation", "IC3881", "Кемшілік жазылмаған")]
    [InlineData("t009", Finding, "audit", "IC3885", "\"audit\" емес. Ештеңе жазылмады.")]
    public void Finding_BadInput_RefusedInKazakhAndNothingRecorded(string teacher, string text, string source, string code, string message)
    {
        // Arrange
        using var school = new KazakhSchoolFixture();
        var before = Cases(school);

        // Act
        var run = school.Run("teacher", "finding", teacher, "--finding", text, "--source", source, "--lang", "kk");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(code, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Cases(school));
    }

    [Fact]
    public void Finding_OverLong_RefusedWithTheCountsAndNothingRecorded()
    {
        // Arrange
        using var school = new KazakhSchoolFixture();
        var before = Cases(school);

        // Act
        var run = school.Run("teacher", "finding", "t009", "--finding", new string('ә', 1001), "--source", "attestation", "--lang", "ru");

        // Assert
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("IC3882", run.Error, StringComparison.Ordinal);
        Assert.Contains("Сократите его. Ничего не записано.", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Cases(school));
    }

    [Fact]
    public void Finding_TheSameFindingTwiceOnADay_RefusedWithIC3884AndTheFirstCase()
    {
        // Arrange: the finding is recorded once.
        using var school = new KazakhSchoolFixture();
        Assert.Equal(0, school.Run("teacher", "finding", "t009", "--finding", Finding, "--source", "inspection").ExitCode);
        var before = Cases(school);

        // Act
        var again = school.Run("teacher", "finding", "t009", "--finding", Finding, "--source", "inspection", "--lang", "ru");

        // Assert
        again.AssertError(1, "IC3884");
        Assert.Equal(before, Cases(school));
    }

    [Fact]
    public void Finding_AKyrgyzSchool_WhosePolicyKeepsNoFindingWork_IsRefusedWithIC3883()
    {
        // Arrange: regulation No. 97 names no remediation of teachers' findings, so the Kyrgyz policy has no such workflow.
        using var temp = new TempFolder();
        var db = temp.File("kg.db");
        Assert.Equal(0, Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db).ExitCode);
        Assert.Equal(0, Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kg-school"), "--db", db, "--now", KazakhSchoolFixture.Now).ExitCode);

        // Act
        var run = Ic.Run("teacher", "finding", "t006", "--finding", "Сабактын планы жок", "--source", "inspection", "--lang", "ky", "--db", db, "--now", KazakhSchoolFixture.Now);

        // Assert
        run.AssertError(1, "IC3883", "Эч нерсе жазылган жок.");
        Assert.Equal("[]", Ic.Run("cases", "--json", "--db", db, "--now", KazakhSchoolFixture.Now).Out.Trim());
    }

    private static int Cases(KazakhSchoolFixture school) => JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.GetArrayLength();

    // The teacher's own remediation plans to write (DOMAIN policy 5: the plan comes first).
    private static int Plans(KazakhSchoolFixture school) => JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
        .Count(t => t.GetProperty("workflow").GetString() == "teacher-remediation" && t.GetProperty("step").GetString() == "plan" && t.GetProperty("assignee").GetString() == "t009");
}
