using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>Deadlines, waits and decision values that name a policy parameter (Kyrgyz school No. 97, 5.1-5.9, 6.2, 9.4).</summary>
public sealed class ParameterTests
{
    private const string Policy = """
        policy "p" country kg version 1
        parameter individual_work_days = 15 "5.1-5.9"
        parameter review_days = 20 "9.4"
        parameter unexcused_diary_max = 2 "6.2"

        workflow "w" version 1 key pupil
          step work: task subject_teacher
            field absences number
            outcome done -> route
            due individual_work_days school_days remind 12 escalate 18 school_days to deputy_director
          step route: decide
            when absences <= unexcused_diary_max -> pause
            otherwise -> closed
          step pause: wait review_days school_days -> closed
          step closed: end "closed"
        end
        """;

    [Fact]
    public void Load_DeadlineWaitAndConditionNameParameters_TakeTheirValues()
    {
        // Arrange
        var source = Policy;

        // Act
        var definition = WorkflowBinder.Load(source, "p.icp").Value!.Single();

        // Assert
        var work = (TaskStep)definition.Step("work")!;
        var route = (DecideStep)definition.Step("route")!;
        Assert.Equal((15, 20, "2"), (work.Deadline!.DueDays, ((WaitStep)definition.Step("pause")!).SchoolDays!.Value, route.Rows[0].When[0].Values[0]));
    }

    [Fact]
    public void Load_ParameterNamed_StoredTextHoldsTheNumberAndBindsToTheSameDefinition()
    {
        // Arrange: a case on this version must resolve it from the stored text alone, without the rules part.
        var definition = WorkflowBinder.Load(Policy, "p.icp").Value!.Single();

        // Act
        var again = WorkflowBinder.Load(definition.Source!, "stored").Value!.Single();

        // Assert
        Assert.DoesNotContain("individual_work_days", definition.Source!, StringComparison.Ordinal);
        Assert.Equal(definition.Hash, again.Hash);
    }

    [Fact]
    public void Load_UnknownParameter_DiagnosticAtItsLineAndColumnInKyrgyz()
    {
        // Arrange
        var source = Policy.Replace("due individual_work_days", "due individual_wrk_days", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(source, "p.icp");

        // Assert: nothing is loaded.
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IC2202", 10, 9), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("«individual_wrk_days» бул жобонун параметри эмес. «individual_work_days» дегиңиз келдиби?", error.Message(Language.Ky));
    }

    [Fact]
    public void Load_EqualsAName_ComparesWithTheNameNotAParameter()
    {
        // Arrange: "=" takes a choice option as written, even where no parameter of that name exists.
        var source = Policy.Replace("when absences <= unexcused_diary_max", "when absences = absence", StringComparison.Ordinal);

        // Act
        var result = WorkflowBinder.Load(source, "p.icp");

        // Assert
        Assert.True(result.Succeeded);
        Assert.Equal(["absence"], ((DecideStep)result.Value!.Single().Step("route")!).Rows[0].When[0].Values);
    }

    [Fact]
    public void Load_ParameterNotWholeDays_RefusedInRussian()
    {
        // Arrange
        var source = Policy.Replace("review_days = 20", "review_days = 2.5", StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(source, "p.icp");

        // Assert
        Assert.Equal("Параметр «review_days» равен 2.5: число учебных дней должно быть целым, не меньше 0.", error.Message(Language.Ru));
    }

    [Fact]
    public void Bind_OverriddenValue_ChangesTheDeadlineAndTheHash()
    {
        // Arrange: the host passes the effective values after a school's overlay.
        var parsed = PolicyLanguage.Parsing.PolicyParser.Parse(Policy, "p.icp", [WorkflowBinder.Parser]).Value!;
        var block = parsed.Blocks.OfType<WorkflowSyntax>().Single();
        var baseline = WorkflowBinder.Bind(block, WorkflowBinder.ScopeOf([parsed], null)).Value!;

        // Act
        var overlaid = WorkflowBinder.Bind(block, WorkflowBinder.ScopeOf([parsed], new Dictionary<string, object> { ["individual_work_days"] = 14.0 })).Value!;

        // Assert
        Assert.Equal(14, ((TaskStep)overlaid.Step("work")!).Deadline!.DueDays);
        Assert.NotEqual(baseline.Hash, overlaid.Hash);
    }
    [Fact]
    public void Complete_OverlayChangedTheWait_RunningCaseKeepsItsValueNewCaseTakesTheNew()
    {
        // Arrange: a case starts under review_days = 20; the school's overlay then sets 10 (9.4).
        using var f = new WorkflowFixture();
        var parsed = PolicyLanguage.Parsing.PolicyParser.Parse(Policy, "p.icp", [WorkflowBinder.Parser]).Value!;
        var block = parsed.Blocks.OfType<WorkflowSyntax>().Single();
        var before = WorkflowBinder.Bind(block, WorkflowBinder.ScopeOf([parsed], null)).Value!;
        var after = WorkflowBinder.Bind(block, WorkflowBinder.ScopeOf([parsed], new Dictionary<string, object> { ["review_days"] = 10.0 })).Value!;
        var old = f.Runtime(before).Start("w", WorkflowFixture.Pupil(1), "test").CaseId;
        var runtime = f.Runtime(after);
        var fresh = runtime.Start("w", WorkflowFixture.Pupil(2), "test").CaseId;

        // Act: both reach the wait on the same day.
        foreach (var task in runtime.Tasks())
        {
            runtime.Complete(task.Id, "done", Fields.Of("absences=1"), Some.MathTeacher);
        }

        // Assert
        string Until(long id) => runtime.Journal(id).Single(e => e.Kind == Journal.JournalKind.Waiting).Detail!;
        Assert.Equal(
            (IsoDate.Text(f.Calendar.AddSchoolDays(f.Today, 20)), IsoDate.Text(f.Calendar.AddSchoolDays(f.Today, 10))),
            (Until(old), Until(fresh)));
    }
}
