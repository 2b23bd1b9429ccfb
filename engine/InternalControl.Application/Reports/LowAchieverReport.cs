using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// The low-achiever list of a quarter (Kazakh policy 3): pupils at risk of ending the quarter with a single
/// "3" or a single "4" in one subject ("Бір пәннен «3» және «4»-ке шығу қауіпі бар оқушылар", seed 000 §5.1),
/// and failing pupils with a "2". While the quarter runs, the marks are projections from current marks. The reserve
/// groups are the policy's (<see cref="ReserveLimits"/>): a Kyrgyz school's list shows no Kazakh "single 3/4" groups.
/// </summary>
internal static class LowAchieverReport
{
    public const string Name = "low-achievers";

    private static readonly string[] ColumnNames = ["Class", "Pupil", "Group", "Subject", "Teacher", "Mark", "Mean", "Basis"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var group in scope.Classes)
        {
            var subjects = scope.SubjectsOf(group);
            foreach (var pupil in scope.PupilsOf(group))
            {
                var finals = subjects.Select(s => scope.FinalMarkOf(pupil, group, s)).OfType<FinalMark>().ToList();
                foreach (var (kind, mark) in Classify(finals, scope.Options.Reserve))
                {
                    rows.Add(
                    [
                        ReportCell.Of(group.Name),
                        ReportCell.Of(pupil.FullName),
                        ReportCell.Of(l.Get("Reports.LowAchiever." + kind)),
                        ReportCell.Of(scope.SubjectName(mark.SubjectId)),
                        ReportCell.Of(scope.TeacherName(group.Id, mark.SubjectId)),
                        ReportCell.Of(mark.Value),
                        ReportCell.Decimal(mark.Mean),
                        ReportCell.Of(scope.BasisText(mark.Basis)),
                    ]);
                }
            }
        }

        return new ReportTable(
            Name,
            l.Get("Reports.LowAchievers.Title", scope.Options.Quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [Note(scope.Options.Reserve, l), l.Get("Reports.Note.FinalMark")]);
    }

    private static string Note(ReserveLimits reserve, Localizer l) => reserve.Threes == 0 && reserve.Fours == 0
        ? l.Get("Reports.Note.LowAchievers.Failing")
        : l.Get("Reports.Note.LowAchievers", reserve.Threes, reserve.Fours);

    /// <summary>
    /// The pupil's entries: every "2"; else each "3" when at most <see cref="ReserveLimits.Threes"/> subjects have one;
    /// else each "4" when at most <see cref="ReserveLimits.Fours"/> subjects have one and the rest are "5".
    /// </summary>
    internal static IEnumerable<(LowAchieverKind Kind, FinalMark Mark)> Classify(IReadOnlyList<FinalMark> finals, ReserveLimits reserve)
    {
        var twos = finals.Where(m => m.Value <= 2).ToList();
        if (twos.Count > 0)
        {
            return twos.Select(m => (LowAchieverKind.Failing, m));
        }

        var threes = finals.Where(m => m.Value == 3).ToList();
        if (threes.Count > 0)
        {
            return threes.Count <= reserve.Threes ? threes.Select(m => (LowAchieverKind.SingleThree, m)) : [];
        }

        var fours = finals.Where(m => m.Value == 4).ToList();
        return fours.Count > 0 && fours.Count <= reserve.Fours ? fours.Select(m => (LowAchieverKind.SingleFour, m)) : [];
    }
}
