using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>Kazakh criteria-based assessment: formative points, unit and term summatives, and the quarter mark from them.</summary>
internal sealed partial class SampleJournal
{
    private void Criteria(Pupil pupil, SampleSubject subject, int grade, HashSet<DayOfWeek> days, int profile, bool weak, List<Mark> current)
    {
        var marks = new List<Mark>(current);
        var chance = 1.0 / days.Count;
        foreach (var day in SchoolDays(grade))
        {
            if (days.Contains(day.DayOfWeek) && random.NextDouble() < chance)
            {
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, day, Formative(profile, weak && Current.Contains(day)), MarkKind.Formative));
            }
        }

        foreach (var quarter in calendar.Quarters.Where(q => q.Start <= asOf))
        {
            var low = weak && quarter == Current;

            // At most 3 unit summatives a quarter, 2 for a subject of one lesson a week.
            var units = subject.Hours == 1 ? 2 : 3;
            var percents = new List<int>();
            var span = quarter.End.DayNumber - quarter.Start.DayNumber;
            for (var i = 1; i <= units; i++)
            {
                var day = SchoolDayFrom(quarter.Start.AddDays(i * span / (units + 1)), grade, forward: true);
                if (day <= asOf && quarter.Contains(day))
                {
                    var percent = Percent(profile, low);
                    percents.Add(percent);
                    marks.Add(new Mark(pupil.Id, subject.Subject.Id, day, percent, MarkKind.UnitSummative));
                }
            }

            if (quarter.End < asOf && percents.Count > 0)
            {
                var term = Percent(profile, low);
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, SchoolDayFrom(quarter.End.AddDays(-4), grade, forward: false), term, MarkKind.TermSummative));

                // The 2021-22 weights the seed quotes: unit and term summatives half each.
                var total = (int)Math.Round(0.5 * percents.Average() + 0.5 * term, MidpointRounding.AwayFromZero);
                marks.Add(new Mark(pupil.Id, subject.Subject.Id, quarter.End, MarkOf(total), MarkKind.Quarter));
            }
        }

        marks.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Kind.CompareTo(b.Kind));
        data.Marks.AddRange(marks);
    }

    /// <summary>Percent to mark for grades 2-11: 0-39 is 2, 40-64 is 3, 65-84 is 4, 85-100 is 5.</summary>
    private static int MarkOf(int percent) => percent < 40 ? 2 : percent < 65 ? 3 : percent < 85 ? 4 : 5;

    private int Formative(int profile, bool low) =>
        low ? random.Next(2, 6) : profile switch
        {
            0 => random.Next(8, 11),
            1 => random.Next(6, 10),
            _ => random.Next(4, 9),
        };

    private int Percent(int profile, bool low) =>
        low ? random.Next(22, 56) : profile switch
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
