using InternalControl.Kernel.Plans;

namespace InternalControl.Application.Plans;

/// <summary>One planned control opened as a case in its month.</summary>
/// <param name="Control">The plan's row.</param>
/// <param name="CaseId">The case of the control in that month.</param>
/// <param name="Created">False when the month's case was already open (an evaluation that runs again changes nothing).</param>
/// <param name="Recontrol">True when the month is the control's second-control month.</param>
public sealed record PlanStart(PlanControl Control, long CaseId, bool Created, bool Recontrol);
