using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// A workflow that could not run a case is refused before it exists, with one coded error that names what is wrong; one
/// on the edge of each rule is accepted.
/// </summary>
public sealed class DefinitionValidationTests
{
    public static TheoryData<string, string, string> Refused => new()
    {
        { "no name", "IC2301", "A process needs a name." },
        { "version 0", "IC2302", "Process «w»: version 0 must be 1 or more." },
        { "a key part twice", "IC2316", "Process «w»: the key part «pupil» is empty or named twice (a key names parts such as pupil, subject, term)." },
        { "a blank key part", "IC2316", "Process «w»: the key part « » is empty or named twice (a key names parts such as pupil, subject, term)." },
        { "no steps", "IC2303", "Process «w» has no steps." },
        { "a step id twice", "IC2304", "Process «w»: step «a» is defined twice or has a reserved name." },
        { "a step named join", "IC2304", "Process «w»: step «join» is defined twice or has a reserved name." },
        { "a step that leads nowhere", "IC2305", "Process «w»: step «a» leads to «nowhere», which is not a step." },
        { "an outcome that leads to no step", "IC2305", "Process «w»: step «a» leads to «», which is not a step." },
        { "no end", "IC2306", "Process «w» has no end step." },
        { "a task without outcomes", "IC2307", "Process «w»: task «a» has no outcomes." },
        { "an outcome twice", "IC2308", "Process «w»: task «a» names the outcome «ok» twice." },
        { "a field twice", "IC2309", "Process «w»: task «a» names the field «note» twice." },
        { "a decision without otherwise", "IC2311", "Process «w»: decision «pick» needs an «otherwise» step." },
        { "a wait of -1 school days", "IC2312", "Process «w»: wait «rest» needs either a number of school days or a date." },
        { "a wait for days and a date", "IC2312", "Process «w»: wait «rest» needs either a number of school days or a date." },
        { "a sub-workflow of itself", "IC2315", "Process «w»: step «again» starts this same process." },
        { "due in 0 days", "IC2201", "Process «w»: the deadlines of task «a» do not agree (the reminder comes before the due day, the escalation after it, and an escalation names a role or a task step of its own whose outcomes all lead to join)." },
        { "a reminder on day 0", "IC2201", "Process «w»: the deadlines of task «a» do not agree (the reminder comes before the due day, the escalation after it, and an escalation names a role or a task step of its own whose outcomes all lead to join)." },
        { "a reminder on the due day", "IC2201", "Process «w»: the deadlines of task «a» do not agree (the reminder comes before the due day, the escalation after it, and an escalation names a role or a task step of its own whose outcomes all lead to join)." },
        { "an escalation on the due day", "IC2201", "Process «w»: the deadlines of task «a» do not agree (the reminder comes before the due day, the escalation after it, and an escalation names a role or a task step of its own whose outcomes all lead to join)." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Build_WorkflowThatCannotRun_OneCodedErrorThatSaysWhy(string mistake, string code, string english)
    {
        // Arrange
        var builder = Workflow(mistake);

        // Act
        var result = builder.Build();

        // Assert
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, english), (error.Code, error.Message(Language.En)));
    }

    [Theory]
    [InlineData("a key of three parts")]
    [InlineData("a wait of 0 school days")]
    [InlineData("a reminder the day before the due day")]
    [InlineData("an escalation the day after the due day")]
    public void Build_WorkflowOnTheEdgeOfARule_Accepted(string edge)
    {
        // Act
        var result = Workflow(edge).Build();

        // Assert
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message(Language.En))));
    }

    private static WorkflowBuilder Workflow(string shape) => shape switch
    {
        "no name" => Task(new WorkflowBuilder(" ")),
        "version 0" => Task(new WorkflowBuilder("w", 0)),
        "a key part twice" => Task(new WorkflowBuilder("w").Key("pupil", "pupil")),
        "a blank key part" => Task(new WorkflowBuilder("w").Key("pupil", " ")),
        "a key of three parts" => Task(new WorkflowBuilder("w").Key("pupil", "subject", "term")),
        "no steps" => new WorkflowBuilder("w").Key("pupil"),
        "a step id twice" => Task(W()).End("a", "again"),
        "a step named join" => Task(W()).End(WorkflowDefinition.Join, "again"),
        "a step that leads nowhere" => W().Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "nowhere")).End("done", "ok"),
        "an outcome that leads to no step" => W().Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "")).End("done", "ok"),
        "no end" => W().Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("again", "a")),
        "a task without outcomes" => W().Task("a", WorkflowRole.ClassTeacher, _ => { }).End("done", "ok"),
        "an outcome twice" => W().Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done").Outcome("ok", "done")).End("done", "ok"),
        "a field twice" => W().Task("a", WorkflowRole.ClassTeacher, t => t.Field("note", FieldType.Text).Field("note", FieldType.Number).Outcome("ok", "done")).End("done", "ok"),
        "a decision without otherwise" => W().Decide("pick", d => d.When("x", ["1"], "done")).End("done", "ok"),
        "a wait of -1 school days" => W().Wait("rest", -1, "done").End("done", "ok"),
        "a wait of 0 school days" => W().Wait("rest", 0, "done").End("done", "ok"),
        "a wait for days and a date" => W().Add(new WaitStep("rest", 2, new DateOnly(2027, 1, 11), "done")).End("done", "ok"),
        "a sub-workflow of itself" => W().SubWorkflow("again", "w", "done").End("done", "ok"),
        "due in 0 days" => Due(W(), 0),
        "a reminder on day 0" => Due(W(), 5, remind: 0),
        "a reminder on the due day" => Due(W(), 5, remind: 5),
        "a reminder the day before the due day" => Due(W(), 5, remind: 4),
        "an escalation on the due day" => Due(W(), 5, escalate: 5),
        "an escalation the day after the due day" => Due(W(), 5, escalate: 6),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    private static WorkflowBuilder W() => new WorkflowBuilder("w").Key("pupil");

    private static WorkflowBuilder Task(WorkflowBuilder builder) =>
        builder.Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done")).End("done", "ok");

    private static WorkflowBuilder Due(WorkflowBuilder builder, int days, int? remind = null, int? escalate = null) =>
        builder.Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done").Due(days, remind, escalate, escalate is null ? null : WorkflowRole.DeputyDirector)).End("done", "ok");
}
