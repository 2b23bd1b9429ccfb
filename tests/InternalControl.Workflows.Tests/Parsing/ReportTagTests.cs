using InternalControl.Kernel.Concepts;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>`report TAG` tells the reports what a workflow, a step or an end is, in any of the four languages.</summary>
public sealed class ReportTagTests
{
    [Fact]
    public void Load_TagsOnTheWorkflowATaskANotifyAndAnEnd_AreOnTheDefinition()
    {
        // Arrange
        const string source = """
            workflow "w" version 1 key pupil once report low_achievers
              step work: task subject_teacher
                outcome improved -> done
                outcome no_change -> tell
                report individual_work
              step tell: notify parents template "LowAchiever.DiaryNotice" -> done report diary_notice
              step done: end "improved" report improved
            end
            """;

        // Act
        var definition = Assert.Single(WorkflowBinder.Load(source, "w.icp").Value!);

        // Assert
        Assert.Equal(
            (ReportTag.LowAchievers, "work", "tell", "done"),
            (definition.Report, definition.StepTagged(ReportTag.IndividualWork)?.Id, definition.StepTagged(ReportTag.DiaryNotice)?.Id, definition.StepTagged(ReportTag.Improved)?.Id));
    }

    [Fact]
    public void Load_FieldTagAfterAField_TagsTheFieldAndTheStepKeepsItsOwnTag()
    {
        // Arrange: No. 97 9.5's council, its fields named in Kyrgyz; `report council_decision` after the last field's tag
        // is a step's tag and stays the step's.
        const string source = """
            workflow "w" version 1 key pupil
              step council: task director
                field чечим choice [promote, repeat_course] required report decision
                field протокол_номери text report minutes_number
                field протокол_күнү date required report minutes_date
                report council_decision
                outcome decided -> done
              step done: end "decided"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        var step = Assert.IsType<TaskStep>(Assert.Single(result.Value!).StepTagged(ReportTag.CouncilDecision));
        Assert.Equal(
            ("чечим", "протокол_номери", "протокол_күнү"),
            (step.FieldTagged(ReportTag.Decision)?.Name, step.FieldTagged(ReportTag.MinutesNumber)?.Name, step.FieldTagged(ReportTag.MinutesDate)?.Name));
    }

    [Fact]
    public void Load_KyrgyzKeyword_TagsTheStep()
    {
        // Arrange: `эсеп` is Kyrgyz for `report`.
        const string source = """
            процесс "w" версия 1 ачкыч окуучу
              кадам done: бүттү "improved" эсеп improved
            бүттү
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Render(Language.En, source))));
        Assert.Equal(ReportTag.Improved, Assert.Single(result.Value!).Steps[0].Report);
    }

    [Fact]
    public void Load_MisspelledTag_IsRefusedWithTheNearestTagInRussian()
    {
        // Arrange
        const string source = """
            workflow "w" key pupil report low_achiever
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 1, 31), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«low_achiever» — не метка отчёта; может быть, «low_achievers»?", error.Message(Language.Ru));
    }

    [Fact]
    public void Load_TagNearNoTag_ListsEveryTagWithNoDidYouMeanInKazakh()
    {
        // Arrange: "summary" is far from every tag, so there is nothing to suggest.
        const string source = """
            workflow "w" key pupil report summary
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 1, 31, 7), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal(
            "«summary» есеп белгісі емес; есептер мыналарды біледі: low_achievers, individual_work, no_change_report, cause_finding, diary_notice, parent_conversation, small_council, improved, commission, council, council_decision, decision, minutes_number, minutes_date, rescore, group, plan_control, recontrols, teacher_findings, evaluation_sheets, group_actions, controlled_again, hearing_venue, output_document, contest_criterion.",
            error.Message(Language.Kk));
    }

    [Fact]
    public void Load_ReportWithoutTagAtTheLineEnd_OneErrorAtTheNextStepWhichStillParses()
    {
        // Arrange: the tag is left out; "step" on the next line is no tag and stays for the block to read.
        const string source = """
            workflow "w" key pupil report
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2106", 2, 3), (error.Code, error.Span.Line, error.Span.Column));
        Assert.StartsWith("«step» — не метка отчёта; отчёты знают: low_achievers,", error.Message(Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextWhereTheTagStands_IsOneErrorIC2105()
    {
        // Arrange: a quoted tag is a value where a name stands; no second error about an empty tag.
        const string source = """
            workflow "w" key pupil
              step done: end "x" report "improved"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2105", 2, 29), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData("workflow \"w\" key pupil report group\n  step done: end \"x\"\nend", 1, 31)]
    [InlineData("workflow \"w\" key pupil\n  step council: task director\n    report decision\n    outcome decided -> done\n  step done: end \"x\"\nend", 3, 12)]
    [InlineData("workflow \"w\" key pupil\n  step council: task director\n    field d text\n    outcome decided -> done\n    report minutes_date\n  step done: end \"x\"\nend", 5, 12)]
    [InlineData("workflow \"w\" key pupil\n  step route: decide otherwise -> done report group\n  step done: end \"x\"\nend", 2, 47)]
    public void Load_FieldTagWhereNoFieldComesBeforeIt_IsIC2108AtTheTagInKazakh(string source, int line, int column)
    {
        // Act: a field's tag on the workflow, at a task's clause with no field before it, after an outcome, on a decision.
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert: refused where it stands, never a tag that tags nothing.
        var error = Assert.Single(result.Diagnostics);
        Assert.False(result.Succeeded);
        Assert.Equal(("IC2108", line, column), (error.Code, error.Span.Line, error.Span.Column));
        Assert.StartsWith($"«{error.Span.Length switch { 5 => "group", 8 => "decision", _ => "minutes_date" }}» — тапсырма өрісінің белгісі", error.Message(Language.Kk), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WorkflowTagAfterAField_IsIC2109WithTheStepsTagsInRussian()
    {
        // Arrange: `report low_achievers` after a field is no field's tag, so it is the step's, and it tags no step.
        const string source = """
            workflow "w" key pupil
              step work: task subject_teacher
                field cause text report low_achievers
                outcome done -> done
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2109", 3, 29, 13), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal(
            "«low_achievers» — не метка шага; шаг или завершение помечают: individual_work, no_change_report, cause_finding, diary_notice, parent_conversation, small_council, improved, commission, council, council_decision, rescore.",
            error.Message(Language.Ru));
        Assert.Contains("\n                            ^~~~~~~~~~~~", error.Render(Language.Ru, source), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StepTagOnTheWorkflowAndWorkflowTagOnATable_AreIC2109InKyrgyzAndEnglish()
    {
        // Arrange
        const string table = """
            table bands hit first report plan_control
                input mean in [0..2] | output band
                < 1                  | "A"
                >= 1                 | "B"
            end
            """;
        const string workflow = """
            workflow "w" key pupil report improved
              step done: end "x"
            end
            """;

        // Act
        var onTable = Assert.Single(WorkflowBinder.Load(table, "t.icp").Diagnostics);
        var onWorkflow = Assert.Single(WorkflowBinder.Load(workflow, "w.icp").Diagnostics);

        // Assert: the table's columns still parse; each is refused at its tag.
        Assert.Equal([("IC2109", 1, 30), ("IC2109", 1, 31)], new[] { onTable, onWorkflow }.Select(d => (d.Code, d.Span.Line, d.Span.Column)));
        Assert.Equal(
            "«plan_control» does not tag a decision table; a table's tags are: group, evaluation_sheets, group_actions, controlled_again, hearing_venue, output_document, contest_criterion.",
            onTable.Message(Language.En));
        Assert.StartsWith("«improved» процесстин белгиси эмес; процессти булар белгилейт: low_achievers,", onWorkflow.Message(Language.Ky), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoWorkflowsWithOneTag_IsIC2110AtTheSecondsTag()
    {
        // Arrange: two workflows tagged recontrols: a feature that finds its workflow by the tag cannot pick one.
        const string source = """
            workflow "recontrol" key object, sheet report recontrols
              step done: end "x"
            end

            workflow "қайта-бақылау" key object, sheet report recontrols
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.False(result.Succeeded);
        Assert.Equal(("IC2110", 5, 51, 10), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal("«recontrols» already tags workflow «recontrol» (line 1); a tag names one workflow, so that the reports know which one to read.", error.Message(Language.En));
        Assert.Equal("«recontrols» белгісі «recontrol» процесінде тұр (1-жол); белгі бір ғана процесті атайды, сонда есептер қайсысын оқитынын біледі.", error.Message(Language.Kk));
    }

    [Fact]
    public void Load_TwoTablesWithOneTag_IsIC2110AtTheSecondsTag()
    {
        // Arrange: seed 000 §3.2's bands written twice, both tagged group.
        const string source = """
            table group_of hit first report group
                input mean in [0..2] | output group
                < 1                  | "A"
                >= 1                 | "B"
            end

            table орташа_топ hit first report group
                input mean in [0..2] | output group
                < 1                  | "A"
                >= 1                 | "B"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("IC2110", 7, 35, 5), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal("«group» уже помечает таблицу «group_of» (строка 1); метка называет одну таблицу, чтобы программа знала, какую читать.", error.Message(Language.Ru));
    }

    [Fact]
    public void Check_AnOverlaysCopyOfATaggedWorkflow_TakesTheTagOverAndAnOverlaysTaggedTableIsIC2110()
    {
        // Arrange: a school's overlay (a later file) runs its own copy of the re-control, tagged recontrols as the shipped
        // one is, and adds a group table tagged group beside the shipped one, which the rules call by its name.
        const string shipped = """
            table group_of hit first report group
                input mean in [0..2] | output group
                < 1                  | "A"
                >= 1                 | "B"
            end

            workflow "recontrol" key object, sheet report recontrols
              step done: end "x"
            end
            """;
        const string overlay = """
            table мектеп_тобы hit first report group
                input mean in [0..2] | output group
                < 1.5                | "A"
                >= 1.5               | "B"
            end

            workflow "қайта-бақылау" key object, sheet report recontrols
              step done: end "x"
            end
            """;
        var files = new[] { PolicyParser.Parse(shipped, "kz.icp", [WorkflowBinder.Parser]).Value!, PolicyParser.Parse(overlay, "school.icp", [WorkflowBinder.Parser]).Value! };

        // Act
        var diagnostics = ReportTagChecker.Check(files.SelectMany(f => f.Blocks.OfType<WorkflowSyntax>()), files.SelectMany(f => f.Tables));
        var catalog = new WorkflowCatalog([.. WorkflowBinder.Load(shipped, "kz.icp").Value!, .. WorkflowBinder.Load(overlay, "school.icp").Value!]);

        // Assert: the table is refused at the overlay's tag (a feature would read other rows than the rules); the
        // overlay's workflow is the one started, and the reports read both.
        var error = Assert.Single(diagnostics);
        Assert.Equal(("IC2110", "school.icp", 1), (error.Code, error.Span.File, error.Span.Line));
        Assert.Equal("қайта-бақылау", catalog.LatestTagged(ReportTag.Recontrol)?.Name);
        Assert.Equal(["recontrol", "қайта-бақылау"], catalog.Tagged(ReportTag.Recontrol).Select(d => d.Name));
    }

    [Fact]
    public void Tagged_TheLatestVersionOfEachWorkflow_ByItsOwnTag()
    {
        // Arrange: "recontrol" is tagged from version 2 on; "old", in a file of its own, was tagged in version 1 and is not
        // in version 2.
        const string recontrol = """
            workflow "recontrol" version 1 key object, sheet
              step done: end "x"
            end

            workflow "recontrol" version 2 key object, sheet report recontrols
              step done: end "x"
            end
            """;
        const string old = """
            workflow "old" version 1 key object, sheet report recontrols
              step done: end "x"
            end

            workflow "old" version 2 key object, sheet
              step done: end "x"
            end
            """;
        var catalog = new WorkflowCatalog([.. WorkflowBinder.Load(recontrol, "a.icp").Value!, .. WorkflowBinder.Load(old, "b.icp").Value!]);

        // Act
        var tagged = catalog.Tagged(ReportTag.Recontrol);

        // Assert
        Assert.Equal([("recontrol", 2)], tagged.Select(d => (d.Name, d.Version)));
        Assert.Equal(("recontrol", 2), (catalog.LatestTagged(ReportTag.Recontrol)?.Name, catalog.LatestTagged(ReportTag.Recontrol)?.Version));
        Assert.Null(catalog.LatestTagged(ReportTag.PlanControl));
    }

    [Fact]
    public void Load_ThreeWorkflowsWithOneTagInAFile_EachLaterOneNamesTheFirst()
    {
        // Arrange
        const string source = """
            workflow "a" key object, sheet report recontrols
              step done: end "x"
            end

            workflow "b" key object, sheet report recontrols
              step done: end "x"
            end

            workflow "c" key object, sheet report recontrols
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert: both refusals name the workflow that holds the tag, "a" on line 1.
        Assert.Equal(
            ["«recontrols» already tags workflow «a» (line 1); a tag names one workflow, so that the reports know which one to read.",
             "«recontrols» already tags workflow «a» (line 1); a tag names one workflow, so that the reports know which one to read."],
            result.Diagnostics.Select(d => d.Message(Language.En)));
    }

    [Fact]
    public void Load_TeacherFindingsKeyedByTwoParts_IsIC2111AtTheTagInKazakhAndEnglish()
    {
        // Arrange: policy 5's findings are keyed by the teacher, the finding and its date; this copy drops the date.
        const string source = """
            workflow "мұғалім-кемшілігі" key teacher, finding report teacher_findings
              step done: end "x"
            end
            """;

        // Act
        var result = WorkflowBinder.Load(source, "w.icp");

        // Assert
        var error = Assert.Single(result.Diagnostics);
        Assert.False(result.Succeeded);
        Assert.Equal(("IC2111", 1, 58, 16), (error.Code, error.Span.Line, error.Span.Column, error.Span.Length));
        Assert.Equal("«teacher_findings» tags a workflow keyed by at least 3 parts, which the product reads in their order; «мұғалім-кемшілігі» has 2.", error.Message(Language.En));
        Assert.Equal("«teacher_findings» кілті кемінде 3 бөліктен тұратын процесті белгілейді, бағдарлама бөліктерді ретімен оқиды; «мұғалім-кемшілігі» процесінде 2 бөлік бар.", error.Message(Language.Kk));
    }
}
