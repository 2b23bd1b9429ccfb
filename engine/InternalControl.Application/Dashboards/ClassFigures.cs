namespace InternalControl.Application.Dashboards;

/// <summary>A class on the dashboard: knowledge quality and success rate (per-pupil variant, percent) this quarter and the last, pupils at risk, unexcused lessons this quarter.</summary>
public sealed record ClassFigures(string ClassId, string Name, double? Quality, double? LastQuality, double? Success, double? LastSuccess, int PupilsAtRisk, int UnexcusedLessons);
