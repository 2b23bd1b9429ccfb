using InternalControl.Application.Reports;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>
/// Kazakh criteria-based assessment as the e-journal keeps it: formative points (ФО, 1-10, seed 001 R29), unit
/// summatives (СОР) and the term summative (СОЧ) as points out of their maxima (R30: a СОР has 7-15 points in grades
/// 1-4, 7-20 in grades 5-11), and the quarter mark from them (R33, the shipped weights 50/50).
/// </summary>
internal sealed partial class SampleJournal
{
    /// <summary>The maxima a term summative's specification commonly has; the order sets none.</summary>
    private static readonly int[] TermMaxima = [15, 20, 25, 30];

    /// <summary>
    /// One pupil's journal in one subject; in <c>weakIn</c>, the quarter in which the pupil is weak in it (or null),
    /// the points are low.
    /// </summary>
    private void Criteria(Pupil pupil, SampleSubject subject, int grade, HashSet<DayOfWeek> days, int profile, Quarter? weakIn)
    {
        var marks = new List<Mark>();
        var chance = 1.0 / days.Count;
        foreach (var day in SchoolDays(grade))
        {
            if (days.Contains(day.DayOfWeek) && random.NextDouble() < chance)
            {
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, day, Formative(profile, weakIn?.Contains(day) == true), MarkKind.Formative));
            }
        }

        foreach (var quarter in calendar.Quarters.Where(q => q.Start <= asOf))
        {
            var low = weakIn == quarter;

            // At most 3 unit summatives a quarter, 2 for a subject of one lesson a week (R31).
            var units = subject.Hours == 1 ? 2 : 3;
            var span = quarter.End.DayNumber - quarter.Start.DayNumber;
            for (var i = 1; i <= units; i++)
            {
                var day = SchoolDayFrom(quarter.Start.AddDays(i * span / (units + 1)), grade, forward: true);
                if (day <= asOf && quarter.Contains(day))
                {
                    var max = random.Next(7, (grade <= 4 ? 15 : 20) + 1);
                    marks.Add(Summative(pupil, subject, day, Percent(profile, low), max, MarkKind.UnitSummative));
                }
            }

            var inQuarter = marks.Where(m => quarter.Contains(m.Date)).ToList();
            if (quarter.End < asOf && inQuarter.Any(m => m.Kind == MarkKind.UnitSummative))
            {
                var term = Summative(pupil, subject, SchoolDayFrom(quarter.End.AddDays(-4), grade, forward: false), Percent(profile, low), TermMaxima[random.Next(TermMaxima.Length)], MarkKind.TermSummative);
                marks.Add(term);
                inQuarter.Add(term);
                var percent = CriteriaScale.QuarterPercent(QuarterParts.Of(inQuarter), CriteriaWeights.Default);
                if (percent is { } p && CriteriaScale.MarkFromPercent(p, grade) is { } mark)
                {
                    marks.Add(new Mark(pupil.Id, subject.Subject.Id, quarter.End, mark, MarkKind.Quarter));
                }
            }
        }

        marks.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Kind.CompareTo(b.Kind));
        data.Marks.AddRange(marks);
    }

    /// <summary>A summative of <paramref name="max"/> points whose points come near <paramref name="percent"/>.</summary>
    private static Mark Summative(Pupil pupil, SampleSubject subject, DateOnly day, int percent, int max, MarkKind kind) =>
        new(pupil.Id, subject.Subject.Id, day, (int)Math.Round(percent * max / 100.0, MidpointRounding.AwayFromZero), kind) { Max = max };

    private int Formative(int profile, bool low) =>
        low ? random.Next(2, 5) : profile switch
        {
            0 => random.Next(8, 11),
            1 => random.Next(6, 10),
            _ => random.Next(4, 9),
        };

    private int Percent(int profile, bool low) =>
        low ? random.Next(10, 31) : profile switch
        {
            0 => random.Next(85, 101),
            1 => random.Next(66, 96),
            _ => random.Next(48, 83),
        };

    private DateOnly SchoolDayFrom(DateOnly day, int grade, bool forward)
    {
        for (var n = 0; n < 30 && !calendar.IsSchoolDay(day, grade); n++)
        {
            day = day.AddDays(forward ? 1 : -1);
        }

        return day;
    }
}
