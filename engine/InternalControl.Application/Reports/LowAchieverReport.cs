namespace InternalControl.Application.Reports;

/// <summary>
/// The low-achiever list of a quarter (Kazakh policy 3): pupils at risk of ending the quarter with a single
/// "3" or a single "4" in one subject ("Бір пәннен «3» және «4»-ке шығу қауіпі бар оқушылар", seed 000 §5.1),
/// and failing pupils with a "2". While the quarter runs, the marks are projections from current marks.
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
                foreach (var (kind, mark) in Classify(finals))
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
            [l.Get("Reports.Note.LowAchievers"), l.Get("Reports.Note.FinalMark")]);
    }

    /// <summary>The pupil's entries: every "2"; else the one "3" when it is the only one; else the one "4" when all the rest are "5".</summary>
    internal static IEnumerable<(LowAchieverKind Kind, FinalMark Mark)> Classify(IReadOnlyList<FinalMark> finals)
    {
        var twos = finals.Where(m => m.Value <= 2).ToList();
        if (twos.Count > 0)
        {
            return twos.Select(m => (LowAchieverKind.Failing, m));
        }

        var threes = finals.Where(m => m.Value == 3).ToList();
        if (threes.Count == 1)
        {
            return [(LowAchieverKind.SingleThree, threes[0])];
        }

        var fours = finals.Where(m => m.Value == 4).ToList();
        return threes.Count == 0 && fours.Count == 1 ? [(LowAchieverKind.SingleFour, fours[0])] : [];
    }
}
