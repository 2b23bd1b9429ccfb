using System.Globalization;
using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Issue 14 finding 5 (seed 003): a finding about a teacher is about no pupil, so `ic case` names the teacher and the
/// finding where a pupil goes, in the reader's language, never the case's key; a re-control (seed 000 §3.4) names its
/// object and its evaluation sheet, and a case without a subject leaves no empty place in the heading.
/// </summary>
public sealed class TeacherFindingCaseTests(KazakhSchoolFixture school) : IClassFixture<KazakhSchoolFixture>
{
    [Fact]
    public void Case_DeputyDirectorsCategoryDue_HeadingNamesTheDeputyAndTheFindingInKazakh()
    {
        // Arrange: the sample's deputy director t002 is due for confirmation (003 criterion 2, three years for the heads).
        var id = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .First(c => c.GetProperty("key").GetString()!.StartsWith("teacher=t002;finding=attestation;", StringComparison.Ordinal))
            .GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        // Act
        var shown = school.Run("case", id, "--lang", "kk");

        // Assert
        Assert.Equal(0, shown.ExitCode);
        var text = string.Join(" ", shown.Out.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Бекмұхамбетова Жұлдыз Нұрланқызы · санатты растау мерзімі келді (2-өлшемшарт)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("teacher=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("teacher-remediation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_Recontrol_HeadingNamesTheObjectAndTheSheetWithNoEmptyPlace()
    {
        // Arrange: a re-control the matrix opened on a teacher's II.3 evaluation.
        var recontrol = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .First(c => c.GetProperty("workflow").GetString() == "recontrol" && c.GetProperty("key").GetString()!.EndsWith(";sheet=II.3", StringComparison.Ordinal));
        var id = recontrol.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        // Act
        var shown = school.Run("case", id, "--lang", "ru");

        // Assert
        Assert.Equal(0, shown.ExitCode);
        var heading = shown.Out.Split('\n')[0];
        const string Name = @"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+";
        Assert.Matches($"^Дело {id} \\(Повторный контроль\\): {Name} · II\\.3 Повышение качества знаний учащихся; открыто\\.", heading);
        Assert.DoesNotContain("object=", shown.Out, StringComparison.Ordinal);
    }
}
