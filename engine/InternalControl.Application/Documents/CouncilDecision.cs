namespace InternalControl.Application.Documents;

/// <summary>
/// The pedagogical council's decision on one pupil (No. 97 9.5), as the director recorded it at the step the policy
/// tags <c>report council_decision</c>: the decision's code (a choice of the step, "repeat_course") and the council's
/// minutes it is written in.
/// </summary>
/// <param name="PupilId">The pupil the council decided on.</param>
/// <param name="Decision">The decision's code, as the step's choice field holds it.</param>
/// <param name="MinutesNumber">The number of the council's minutes, as typed; null when the step has none.</param>
/// <param name="MinutesDate">The date of the council's minutes; null when the step has none.</param>
/// <param name="Recorded">The school day the decision was recorded.</param>
public sealed record CouncilDecision(string PupilId, string Decision, string? MinutesNumber, DateOnly? MinutesDate, DateOnly Recorded);
