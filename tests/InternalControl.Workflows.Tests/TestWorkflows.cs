using InternalControl.Localization;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Tests.Parsing;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// The workflows the runtime tests run: work with a low-achieving pupil at Kyrgyz school No. 97 and the pedagogical
/// council it may end in, loaded from the test policy text in <see cref="PolicyTexts"/> (fixed deadlines, so the tests'
/// day counts do not move with the shipped policy's parameters).
/// </summary>
internal static class TestWorkflows
{
    public const string LowAchiever = "low-achiever";
    public const string PedagogicalCouncil = "pedagogical-council";

    /// <summary>Both definitions.</summary>
    public static IReadOnlyList<WorkflowDefinition> All() => [LowAchieverDefinition(), CouncilDefinition()];

    public static WorkflowDefinition LowAchieverDefinition() => Bind(PolicyTexts.LowAchieverEn, "low-achiever.icp");

    public static WorkflowDefinition CouncilDefinition() => Bind(PolicyTexts.CouncilKy, "council.icp");

    /// <summary>A small workflow with a step of every kind (notify, parallel, task, wait, decide, sub-workflow, end), for the diagrams.</summary>
    public static WorkflowDefinition EveryKindOfStep() => new WorkflowBuilder("w").Key("pupil")
        .Notify("tell", "Task.Assigned", "both", WorkflowRole.Parents)
        .Parallel("both", ["a", "b"], "pick")
        .Task("a", WorkflowRole.ClassTeacher, t => t.Outcome("ok", WorkflowDefinition.Join).Due(3))
        .Wait("b", 2, WorkflowDefinition.Join)
        .Decide("pick", d => d.When("x", ["1"], "done").Otherwise("sub"))
        .SubWorkflow("sub", "other", "done")
        .End("done", "ok")
        .BuildOrThrow();

    /// <summary>The one error binding <paramref name="source"/> gives; the test fails on none or on several.</summary>
    public static Diagnostic SingleError(string source, string file) => Assert.Single(WorkflowBinder.Load(source, file).Errors);

    /// <summary>The one workflow <paramref name="source"/> declares; the test fails with the diagnostics when it does not bind.</summary>
    public static WorkflowDefinition Bind(string source, string file)
    {
        var loaded = WorkflowBinder.Load(source, file);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Render(Language.En, source))));
        return Assert.Single(loaded.Value!);
    }
}
