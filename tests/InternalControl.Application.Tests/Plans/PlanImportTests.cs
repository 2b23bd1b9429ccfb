using InternalControl.Application.Tests.Import;
using InternalControl.Kernel.Plans;
using InternalControl.Testing.Databases;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Plans;

/// <summary>
/// plan.csv, the yearly internal control plan (Kazakh Order No. 130, seed 000 §2.1; issue 14, finding 2): stored by
/// migration 2601 on SQLite and PostgreSQL, all or nothing, every bad value located by file, row and column.
/// </summary>
public sealed class PlanImportTests
{
    private const string Header = "control_id,direction,topic,object_kind,object_id,sheet,month,responsible_id,venue,output,second_month";

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_ValidPlan_IsStoredInFileOrderWithItsMonthsAndSecondControl(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Write("plan.csv", $"""
            {Header}
            2.01,2,Алдын ала үлгерім нәтижелері,school,,,10|12|3,t3,director_meeting,reference_note,
            2.21,2,Математика пәнін оқыту сапасы,subject,math,II.3,1,t3,methodological_council,minutes,4
            5.01,5,ОМЖ және ҚМЖ сапасы,staff,t1,v.1,9,t3,pedagogical_council,order,
            """);

        // Act
        var outcome = folder.Import();
        var plan = folder.Database.Plans.Load(folder.School.Id);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(Ru)));
        Assert.Equal(3, outcome.Counts["plan"]);
        Assert.Equal(["2.01", "2.21", "5.01"], plan.Select(c => c.Id));
        Assert.Equal([10, 12, 3], plan[0].Months);
        Assert.Equal((PlanObjectKind.Subject, "math", "II.3", 4), (plan[1].ObjectKind, plan[1].ObjectId, plan[1].Sheet, plan[1].SecondMonth));
        Assert.Equal((PlanVenue.PedagogicalCouncil, PlanOutput.Order, "V.1"), (plan[2].Venue, plan[2].Output, plan[2].Sheet));
    }

    [Fact]
    public void Import_PlanAgainWithFewerRows_ReplacesThePlan()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("plan.csv", $"{Header}\n1,1,А,school,,,9,t3,director_meeting,minutes,\n2,1,Б,school,,,10,t3,director_meeting,minutes,");
        Assert.True(folder.Import().Succeeded);
        folder.Write("plan.csv", $"{Header}\n2,1,Б,school,,,11,t3,director_meeting,minutes,");

        // Act
        var outcome = folder.Import();

        // Assert: the file is the whole plan.
        Assert.True(outcome.Succeeded);
        var control = Assert.Single(folder.Database.Plans.Load(folder.School.Id));
        Assert.Equal(("2", 11), (control.Id, control.Months[0]));
    }

    [Fact]
    public void Import_PlanRowWithUnknownVenue_ReportsFileRowAndColumnInEveryLanguageAndWritesNothing()
    {
        // Arrange: the third row names a venue that is none of the three.
        using var folder = new ImportFolder();
        folder.Write("plan.csv", $"""
            {Header}
            1.01,1,КТЖ мазмұнының оқу бағдарламасына сәйкестігі,school,,,9,t3,methodological_council,minutes,
            1.02,1,Оқушылардың жеке іс қағаздары,school,,,9,t3,assembly,reference_note,
            """);

        // Act
        var outcome = folder.Import();

        // Assert
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("plan.csv", 3, "venue"), (error.File, error.Row, error.Column));
        Assert.Equal("Неизвестное место рассмотрения «assembly»: укажите одно из значений director_meeting, methodological_council, pedagogical_council.", error.Message(Ru));
        Assert.Equal("Белгісіз қарау орны «assembly»: director_meeting, methodological_council, pedagogical_council мәндерінің бірін жазыңыз.", error.Message(Kk));
        Assert.Equal("Белгисиз кароо орду «assembly»: director_meeting, methodological_council, pedagogical_council маанилеринин бирин жазыңыз.", error.Message(Ky));
        Assert.Empty(folder.Database.Plans.Load(folder.School.Id));
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Import_PlanRowsWithBadValues_ReportEachCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("plan.csv", $"""
            {Header}
            1,7,А,school,,,13,t9,director_meeting,letter,
            2,1,Б,class,,II.99x,9,t3,director_meeting,minutes,9|10
            3,1,В,school,7a,,9|9,t3,director_meeting,minutes,
            """);

        // Act
        var errors = folder.Import().Errors.Select(e => (e.Row, e.Column, e.Key)).ToList();

        // Assert
        Assert.Equal(
            [
                (2, "direction", "Import.OutOfRange"),
                (2, "month", "Import.Plan.BadMonths"),
                (2, "responsible_id", "Import.UnknownStaff"),
                (2, "output", "Import.Plan.UnknownOutput"),
                (3, "object_id", "Import.Plan.ObjectIdMissing"),
                (3, "sheet", "Import.Plan.BadSheet"),
                (3, "second_month", "Import.Plan.BadMonths"),
                (4, "month", "Import.Plan.BadMonths"),
                (4, "object_id", "Import.Plan.ObjectIdForSchool"),
            ],
            errors);
        Assert.Empty(folder.Database.Plans.Load(folder.School.Id));
    }

    [Fact]
    public void Import_WorkbookWithAPlanSheet_StoresThePlan()
    {
        // Arrange: the sheet "plan" of a workbook is plan.csv.
        using var folder = new ImportFolder(withFiles: false);
        var files = new Dictionary<string, string>(ImportFolder.Valid)
        {
            ["plan.csv"] = $"{Header}\n3.01,3,Кіріс бақылау,class,7a,III.3,9,t3,director_meeting,minutes,1",
        };
        var book = Path.Combine(folder.Path, "school.xlsx");
        InternalControl.Testing.ImportFiles.Workbook(book, files);

        // Act
        var outcome = new InternalControl.Application.Import.SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(Ru)));
        var control = Assert.Single(folder.Database.Plans.Load(folder.School.Id));
        Assert.Equal(("3.01", PlanObjectKind.Class, "7a", 9, 1), (control.Id, control.ObjectKind, control.ObjectId, control.Months[0], control.SecondMonth));
    }
}
