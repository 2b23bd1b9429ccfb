namespace InternalControl.Application.Reports;

/// <summary>
/// Knowledge quality and success rate per class and subject for a quarter (DOMAIN-FACTS §2), with one
/// row per class in the per-pupil variant. Every row names its variant, because the two differ.
/// </summary>
internal static class QualityReport
{
    public const string Name = "quality";

    private static readonly string[] ColumnNames =
        ["Class", "Subject", "Teacher", "Pupils", "Fives", "Fours", "Threes", "Twos", "NotAssessed", "SuccessRate", "Quality", "Basis", "Variant"];

    public static ReportTable Build(ReportScope scope)
    {
        var l = scope.Localizer;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var group in scope.Classes)
        {
            var pupils = scope.PupilsOf(group).ToList();
            var finals = scope.SubjectsOf(group)
                .Select(s => (Subject: s, Marks: pupils.Select(p => scope.FinalMarkOf(p, group, s)).ToList()))
                .Where(x => x.Marks.Any(m => m is not null))
                .ToList();
            if (finals.Count == 0 || pupils.Count == 0)
            {
                continue;
            }

            foreach (var (subject, marks) in finals)
            {
                rows.Add(SubjectRow(scope, group.Name, subject, scope.TeacherName(group.Id, subject), marks, pupils.Count));
            }

            rows.Add(ClassRow(scope, group.Name, finals.Select(f => f.Marks).ToList(), pupils.Count));
        }

        return new ReportTable(
            Name,
            l.Get("Reports.Quality.Title", scope.Options.Quarter),
            ColumnNames.Select(scope.Column).ToList(),
            rows,
            [l.Get("Reports.Note.QualityPerSubject"), l.Get("Reports.Note.QualityPerPupil"), l.Get("Reports.Note.FinalMark")]);
    }

    // Per subject over final marks: success = (n5+n4+n3)/N, quality = (n5+n4)/N; pupils not assessed stay in N (DOMAIN-FACTS §2).
    private static List<ReportCell> SubjectRow(ReportScope scope, string className, string subject, string? teacher, List<FinalMark?> marks, int n)
    {
        int Count(Func<int, bool> f) => marks.Count(m => m is not null && f(m.Value));
        var fives = Count(v => v == 5);
        var fours = Count(v => v == 4);
        var threes = Count(v => v == 3);
        var twos = Count(v => v <= 2);
        var bases = marks.OfType<FinalMark>().Select(m => m.Basis).Distinct().Order().Select(scope.BasisText);
        return
        [
            ReportCell.Of(className),
            ReportCell.Of(scope.SubjectName(subject)),
            ReportCell.Of(teacher),
            ReportCell.Of(n),
            ReportCell.Of(fives),
            ReportCell.Of(fours),
            ReportCell.Of(threes),
            ReportCell.Of(twos),
            ReportCell.Of(marks.Count(m => m is null)),
            ReportCell.Percent(100.0 * (fives + fours + threes) / n),
            ReportCell.Percent(100.0 * (fives + fours) / n),
            ReportCell.Of(string.Join(", ", bases)),
            ReportCell.Of(scope.Localizer.Get("Reports.Variant.PerSubject")),
        ];
    }

    // Per pupil: quality when every final mark is 4 or 5; success when there is no "2" and no subject unassessed.
    private static List<ReportCell> ClassRow(ReportScope scope, string className, List<List<FinalMark?>> bySubject, int n)
    {
        var quality = 0;
        var success = 0;
        var unassessed = 0;
        for (var i = 0; i < n; i++)
        {
            var marks = bySubject.Select(s => s[i]).ToList();
            var complete = marks.All(m => m is not null);
            unassessed += complete ? 0 : 1;
            success += complete && marks.All(m => m!.Value >= 3) ? 1 : 0;
            quality += complete && marks.All(m => m!.Value >= 4) ? 1 : 0;
        }

        return
        [
            ReportCell.Of(className),
            ReportCell.Of(scope.Localizer.Get("Reports.AllSubjects")),
            ReportCell.Empty,
            ReportCell.Of(n),
            ReportCell.Empty,
            ReportCell.Empty,
            ReportCell.Empty,
            ReportCell.Empty,
            ReportCell.Of(unassessed),
            ReportCell.Percent(100.0 * success / n),
            ReportCell.Percent(100.0 * quality / n),
            ReportCell.Empty,
            ReportCell.Of(scope.Localizer.Get("Reports.Variant.PerPupil")),
        ];
    }
}
