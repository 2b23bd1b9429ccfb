namespace InternalControl.Web.Tests;

/// <summary>
/// Tests that count policy compilations of the whole process (the meter <c>ic.policy.compilations</c>): they run alone,
/// after the parallel tests, so that no other test's compilations are counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CompilationCountCollection
{
    public const string Name = "Compilation count";
}
