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

    public static WorkflowDefinition LowAchieverDefinition() => Load(PolicyTexts.LowAchieverEn, "low-achiever.icp");

    public static WorkflowDefinition CouncilDefinition() => Load(PolicyTexts.CouncilKy, "council.icp");

    private static WorkflowDefinition Load(string source, string file)
    {
        var loaded = WorkflowBinder.Load(source, file);
        return loaded.Succeeded ? Assert.Single(loaded.Value!) : throw new InvalidOperationException($"{file} does not load.");
    }
}
