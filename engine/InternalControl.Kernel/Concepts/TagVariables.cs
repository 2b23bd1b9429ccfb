namespace InternalControl.Kernel.Concepts;

/// <summary>
/// The case variables a feature gives the cases it starts for a workflow's report tag, beside the key: the tag's
/// contract, fixed like the tag's name. The policy's workflow reads them by these names (<c>assignee responsible</c>,
/// <c>when venue in [...]</c>, <c>wait until second_control</c>); a workflow so tagged that reads a name which is none of
/// them and none of its own is refused at the name (IC2112), so an overlay that renames one is told, not left with a task
/// of nobody's or a hearing that always goes one way.
/// </summary>
public static class TagVariables
{
    /// <summary>The plan's responsible person (a staff id), on a planned control's case (Order No. 130, seed 000 §2.1).</summary>
    public const string Responsible = "responsible";

    /// <summary>The plan's output, its code (<c>PlanCodes.Code(PlanOutput)</c>), on a planned control's case.</summary>
    public const string Output = "output";

    /// <summary>The control's evaluation sheet, on a planned control's case whose plan row names one.</summary>
    public const string Sheet = "sheet";

    /// <summary>
    /// The venue that hears the result (seed 000 §2.6), the plan's code (<c>PlanCodes.Code(PlanVenue)</c>): on a planned
    /// control's case, and on a re-control's when the plan or the decision matrix names one.
    /// </summary>
    public const string Venue = "venue";

    /// <summary>The month of the plan's second control (yyyy-mm, seed 000 §3.1), on a re-control's case the plan controls.</summary>
    public const string SecondControl = "second_control";

    /// <summary>
    /// The variables the feature that starts the cases of a workflow tagged <paramref name="tag"/> gives them, beyond the
    /// key (Application/Plans/PlanTasks for <see cref="ReportTag.PlanControl"/>, Application/Plans/PlanRecontrol for
    /// <see cref="ReportTag.Recontrol"/>); null for a tag whose cases carry no such contract, which is not checked.
    /// </summary>
    public static IReadOnlyList<string>? Of(string? tag) => tag switch
    {
        ReportTag.PlanControl => [Responsible, Venue, Output, Sheet],
        ReportTag.Recontrol => [Venue, SecondControl],
        _ => null,
    };
}
