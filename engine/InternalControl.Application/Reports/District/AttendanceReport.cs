using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports.District;

/// <summary>
/// Attendance by class for a quarter: the days and lessons pupils missed, excused and unexcused (No. 97 6.2). An
/// absence is excused when it has an excuse code (6.2 A-D) and a document behind it; an excuse without a document
/// counts as unexcused ("тастыктоочу документ болбосо"), and so do the days of a parent's note beyond the policy's
/// <c>parent_note_max_days</c> in a row (6.2 A), when the policy has that parameter. A day is one pupil's absence on
/// one date.
/// </summary>
internal static class AttendanceReport
{
    public const string Name = "attendance";

    /// <summary>The policy parameter that limits the school days one parent's note excuses (6.2 A).</summary>
    public const string ParentNoteParameter = "parent_note_max_days";

    private static readonly string[] ColumnNames =
        ["Class", "Pupils", "ExcusedDays", "ExcusedLessons", "UnexcusedDays", "UnexcusedLessons", "MissedDays", "MissedLessons", "PupilsUnexcused"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var quarter = scope.Options.Quarter;
        var byPupil = scope.Data.Absences
            .Where(a => scope.Calendar.QuarterOf(a.Date)?.Number == quarter)
            .GroupBy(a => a.PupilId)
            .ToDictionary(g => g.Key, g => Classify(scope, g));
        var rows = new List<IReadOnlyList<ReportCell>>();
        var totals = new int[ColumnNames.Length - 1];
        foreach (var group in scope.Classes)
        {
            var pupils = scope.PupilsOf(group).ToList();
            var absences = pupils.SelectMany(p => byPupil.GetValueOrDefault(p.Id, [])).ToList();
            var excused = absences.Where(a => a.Excused).ToList();
            var unexcused = absences.Where(a => !a.Excused).ToList();
            int[] figures =
            [
                pupils.Count,
                excused.Count,
                excused.Sum(a => a.Absence.Lessons),
                unexcused.Count,
                unexcused.Sum(a => a.Absence.Lessons),
                absences.Count,
                absences.Sum(a => a.Absence.Lessons),
                unexcused.Select(a => a.Absence.PupilId).Distinct().Count(),
            ];
            for (var i = 0; i < figures.Length; i++)
            {
                totals[i] += figures[i];
            }

            rows.Add([ReportCell.Of(group.Name), .. figures.Select(ReportCell.Of)]);
        }

        if (rows.Count > 1)
        {
            rows.Add([ReportCell.Of(l.Get("Reports.District.Total")), .. totals.Select(ReportCell.Of)]);
        }

        var limit = scope.Options.ParentNoteMaxDays;
        return new ReportTable(
            Name,
            l.Get("Reports.Attendance.Title", quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [
                l.Get("Reports.Note.AttendanceExcused"),
                limit is { } days ? l.Get("Reports.Note.AttendanceParentNote", days) : l.Get("Reports.Note.AttendanceNoParentNoteLimit"),
            ]);
    }

    /// <summary>
    /// Each of one pupil's absences with whether it is excused. Consecutive days with the same excuse and no school day
    /// between them are one absence (a weekend or holiday does not break it), numbered as the rules number them.
    /// </summary>
    private static List<(Absence Absence, bool Excused)> Classify(ReportScope scope, IEnumerable<Absence> absences)
    {
        var limit = scope.Options.ParentNoteMaxDays;
        var result = new List<(Absence, bool)>();
        Absence? last = null;
        var dayInRow = 0;
        foreach (var absence in absences.OrderBy(a => a.Date))
        {
            dayInRow = last is not null && last.Excuse == absence.Excuse && NoSchoolDayBetween(scope, last.Date, absence.Date) ? dayInRow + 1 : 1;
            last = absence;
            var excused = absence.Excuse != AbsenceExcuse.None && absence.Documented
                && !(absence.Excuse == AbsenceExcuse.ParentNote && limit is { } max && dayInRow > max);
            result.Add((absence, excused));
        }

        return result;
    }

    private static bool NoSchoolDayBetween(ReportScope scope, DateOnly from, DateOnly to)
    {
        for (var d = from.AddDays(1); d < to; d = d.AddDays(1))
        {
            if (scope.Calendar.IsSchoolDay(d))
            {
                return false;
            }
        }

        return true;
    }
}
