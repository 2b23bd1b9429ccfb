using InternalControl.Localization;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;

namespace InternalControl.Benchmarks.Rules;

/// <summary>
/// The deterministic workload (seed 42): 20,000 pupils, 10 subjects, 12 current marks per pupil and subject in
/// the first quarter (2.4 million marks), about 6% of pupil-subject pairs weak (three or more "2" marks), and
/// 2.4 million summative percents for the decision table.
/// </summary>
internal sealed record RulesWorkload(SchoolData Data, SchoolCalendar Calendar, DateOnly Now, double[] Percents, int WeakPairs)
{
    public const int Pupils = 20_000;
    public const int Subjects = 10;
    public const int MarksPerPair = 12;
    public const double WeakShare = 0.06;

    public static RulesWorkload Generate()
    {
        var random = new Random(42);
        var calendar = CalendarCatalog.Find("kg", "2026-2027") ?? throw new InvalidOperationException("kg 2026-2027 calendar missing");
        var now = new DateOnly(2026, 10, 30);
        var schoolDays = Enumerable.Range(0, 60).Select(d => calendar.Start.AddDays(d)).Where(d => d <= now && calendar.IsSchoolDay(d)).ToArray();
        var classes = Enumerable.Range(0, Pupils / 25).Select(c => new ClassGroup($"C{c}", $"{5 + (c % 7)}-{c}", 5 + (c % 7), Language.Ky, null)).ToList();
        var subjects = Enumerable.Range(0, Subjects).Select(s => new Subject($"S{s}", $"S{s}", $"S{s}", $"S{s}", $"S{s}")).ToList();
        var pupils = Enumerable.Range(0, Pupils).Select(p => new Pupil($"P{p:D5}", $"Pupil {p}", $"C{p / 25}", new DateOnly(2012, 1, 1))).ToList();
        var teaching = classes.SelectMany(c => subjects.Select(s => new Teaching(c.Id, s.Id, "T1"))).ToList();
        var marks = new List<Mark>(Pupils * Subjects * MarksPerPair);
        var weak = 0;
        foreach (var pupil in pupils)
        {
            foreach (var subject in subjects)
            {
                var isWeak = random.NextDouble() < WeakShare;
                var twos = isWeak ? random.Next(3, 6) : random.Next(0, 3);
                weak += isWeak ? 1 : 0;
                for (var m = 0; m < MarksPerPair; m++)
                {
                    var value = m < twos ? 2 : random.Next(3, 6);
                    marks.Add(new Mark(pupil.Id, subject.Id, schoolDays[random.Next(schoolDays.Length)], value, MarkKind.Current));
                }
            }
        }

        var percents = new double[Pupils * Subjects * MarksPerPair];
        for (var i = 0; i < percents.Length; i++)
        {
            percents[i] = random.Next(0, 101);
        }

        var school = new School(1, "Benchmark school", Country.Kg, [Language.Ky], false, "2026-2027");
        var data = new SchoolData(school, classes, [], pupils, [], subjects, teaching, marks, []);
        return new RulesWorkload(data, calendar, now, percents, weak);
    }

    /// <summary>The first 50 pupils with their marks: a warm-up that compiles an engine's code paths before the timed run.</summary>
    public static SchoolData Tiny(RulesWorkload workload)
    {
        var pupils = workload.Data.Pupils.Take(50).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return workload.Data with
        {
            Pupils = [.. workload.Data.Pupils.Where(p => pupils.Contains(p.Id))],
            Marks = [.. workload.Data.Marks.Where(m => pupils.Contains(m.PupilId))],
        };
    }
}
