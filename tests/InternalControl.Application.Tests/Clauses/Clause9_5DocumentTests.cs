using InternalControl.Application.Documents;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 9.5: the pedagogical council decides per pupil at the end of the year, in its minutes, and the director's
/// order follows the decision. The minutes and the order a school hands in list the decision the director recorded
/// for each pupil, with the number and date of the minutes, not a blank list of pupils with a "2".
/// </summary>
public sealed class Clause9_5DocumentTests
{
    /// <summary>20 school days after Tuesday 20 October, the autumn vacation not counted.</summary>
    private static readonly DateOnly ReviewDay = new(2026, 11, 20);

    /// <summary>The last day of the Kyrgyz 2026-2027 school year.</summary>
    private static readonly DateOnly YearEnd = new(2027, 5, 28);

    [Fact]
    public void Clause9_5_TheMinutes_ListTheCouncilsDecisionOnThePupilWithTheMinutesNumber()
    {
        // Arrange
        using var school = AtTheCouncil();
        school.Complete("council", "decided", ("decision", "repeat_course"), ("minutes_number", "7"));

        // Act
        var minutes = Document(school, DocumentKind.Minutes, Language.Ky);

        // Assert
        Assert.Contains("ПРОТОКОЛ № 7", minutes.Headings);
        var row = Assert.Single(minutes.Tables[0].Skip(1));
        Assert.Equal(["1", "Асанов Эмир Жыргалбекович", "7А", "", "кайталап окутуу курсуна калтыруу"], row);
        Assert.Equal("Кеңештин чечими", minutes.Tables[0][0][^1]);
    }

    [Fact]
    public void Clause9_5_TheOrder_CitesTheCouncilsMinutesAndCarriesTheDecision()
    {
        // Arrange
        using var school = AtTheCouncil();
        school.Complete("council", "decided", ("decision", "conditional"), ("minutes_number", "7"), ("minutes_date", "2027-05-28"));

        // Act
        var order = Document(school, DocumentKind.Order, Language.Ru);

        // Assert
        Assert.Contains(order.Paragraphs, p => p.Text == "На основании решения педагогического совета (протокол № 7 от 28.05.2027) ПРИКАЗЫВАЮ:");
        Assert.Equal("перевести условно", Assert.Single(order.Tables[0].Skip(1))[^1]);
    }

    [Fact]
    public void Clause9_5_BeforeTheCouncilDecides_TheMinutesLeaveLinesToWriteOn()
    {
        // Arrange: the council's task is open; nothing is decided yet.
        using var school = AtTheCouncil();

        // Act
        var minutes = Document(school, DocumentKind.Minutes, Language.Kk);

        // Assert: no decision, so no pupil without a year "2" and no number of minutes.
        Assert.Contains("ХАТТАМА № ___", minutes.Headings);
        Assert.Single(minutes.Tables[0]);
    }

    private static DocxDocument Document(Kg97School school, DocumentKind kind, Language language)
    {
        var content = SchoolDocuments.Content(new DocumentRequest(kind) { Year = true }, school.Session, new Localizer(language));
        using var output = new MemoryStream();
        Assert.Null(SchoolDocuments.Write(content, language, templatesFolder: null, output));
        output.Position = 0;
        return DocxDocument.Read(output);
    }

    private static Kg97School AtTheCouncil()
    {
        var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.ParentCame();
        school.Complete("preventive_work", "done");
        school.MoveTo(ReviewDay);
        school.Complete("review", "failed");
        school.Complete("council_meeting", "held", ("decision", "педкеңешке сунуштоо"));
        school.MoveTo(YearEnd);
        return school;
    }
}
