namespace InternalControl.Application.Registers;

/// <summary>6.5: a class teacher's monthly report to the administration, as counts over the journal.</summary>
public sealed record MonthlyReportLine(string ClassTeacherId, int HomeVisits, int Conversations, int SubjectTeacherTalks);
