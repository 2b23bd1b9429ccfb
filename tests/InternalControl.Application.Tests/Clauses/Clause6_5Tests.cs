using InternalControl.Application.Reports;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// No. 97 6.5: the registers keep the regulation's columns: home visits (Барган күнү, Максаты, Чечими, Ата эненин
/// колу), conversations with pupils (…, Окуучунун колу); talks with parents are a register of their own, not home
/// visits; the class teacher's monthly report to the administration names the pupils, the days and the subject
/// teachers, and is due on a day of the next month (the policy's monthly_report_day).
/// </summary>
public sealed class Clause6_5Tests
{
    [Fact]
    public void Clause6_5_HomeVisitRegister_HasDatePurposeDecisionAndTheParentsSignature()
    {
        // Arrange: the parent does not come to the call; the class teacher visits the home.
        using var school = Kg97School.WithCase();
        school.FindCause("unwillingness");
        school.Complete("call_parent", "visit_home", ("parent_came", "no"));
        school.Complete("home_visit", "done", ("visit_date", "2026-10-20"), ("purpose", "үй тапшырмасын көзөмөлдөө"), ("decision", "ата-эне күн сайын текшерет"));

        // Act
        var table = Register(school, "home-visits", Language.Ky);

        // Assert: the regulation's columns in Kyrgyz, the line's values, and an empty cell to sign.
        Assert.Equal(
            ["Күнү", "Окуучу", "Сабак", "Барган күнү", "максаты", "чечим", "Жазган", "Натыйжа", "Ата-эненин колу"],
            table.Columns.Select(c => c.Heading));
        var row = Assert.Single(table.Rows);
        Assert.Equal(("2026-10-20", "үй тапшырмасын көзөмөлдөө", "ата-эне күн сайын текшерет"), (row[3].Text, row[4].Text, row[5].Text));
        Assert.True(row[^1].Text is null or "");
    }

    [Fact]
    public void Clause6_5_TalkWithTheParent_IsItsOwnRegisterNotAHomeVisit()
    {
        // Arrange
        using var school = Kg97School.WithCase();
        school.FindCause("home_preparation");
        school.ParentCame();

        // Act
        school.Complete("preventive_work", "done", ("purpose", "үйдөгү даярдануу"), ("decision", "күн тартиби түзүлдү"));

        // Assert
        Assert.Empty(Register(school, "home-visits", Language.Ru).Rows);
        var talk = Register(school, "parent-talks", Language.Ru);
        Assert.Equal("Журнал бесед с родителями, октябрь 2026", talk.Title);
        Assert.Equal("Подпись родителя", talk.Columns[^1].Heading);
        Assert.Equal("үйдөгү даярдануу", Assert.Single(talk.Rows)[talk.ColumnIndex("field.purpose")].Text);
    }

    [Fact]
    public void Clause6_5_ConversationRegister_ShowsTheCausesInWordsAndThePupilsSignature()
    {
        // Arrange
        using var school = Kg97School.WithCase();

        // Act: 6.1's conversation with the pupil.
        school.FindCause("home_preparation,unwillingness");

        // Assert: no code reaches the reader; the pupil signs.
        var table = Register(school, "conversations", Language.Ky);
        var row = Assert.Single(table.Rows);
        Assert.DoesNotContain("home_preparation", row[table.ColumnIndex("field.cause")].Text, StringComparison.Ordinal);
        Assert.Equal("Окуучунун колу", table.Columns[^1].Heading);
    }

    [Fact]
    public void Clause6_5_MonthlyReport_NamesThePupilTheDayAndTheSubjectTeacher_AndIsDueOnTheFifth()
    {
        // Arrange: a talk with the maths teacher (6.4) in October.
        using var school = Kg97School.WithCase();
        school.FindCause("difficult_material");
        school.Complete("talk_subject_teacher", "agreed");

        // Act
        var table = ReportCatalog.Build(new ReportRequest(RegisterReports.Monthly) { Month = Kg97School.Oct20 }, school.Session, new Localizer(Language.En));

        // Assert
        var talk = Assert.Single(table.Rows, r => r[table.ColumnIndex("kind")].Text == "Talks with subject teachers on extra lessons");
        Assert.Equal(
            ("Жумабеков Нурсултан Замирович", "Асанов Эмир Жыргалбекович", (DateOnly?)Kg97School.Oct20, "Новиков Александр Евгеньевич"),
            (talk[0].Text, talk[2].Text, talk[3].Date, talk[4].Text));
        Assert.Equal("Handed in to the administration by 5 November 2026 (6.5; the day of the month is set in the school's policy).", table.Notes[0]);
    }

    private static ReportTable Register(Kg97School school, string name, Language language) =>
        ReportCatalog.Build(new ReportRequest(name) { Month = Kg97School.Oct20 }, school.Session, new Localizer(language));
}
