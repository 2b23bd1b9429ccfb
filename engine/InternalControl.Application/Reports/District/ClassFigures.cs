using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Reports.District;

/// <summary>
/// One class's figures for a quarter, as the district's quarter summary counts them, over the pupils' final marks
/// (<see cref="ReportScope.FinalMarkOf"/>): pupils with all "5", with all "4" and "5" (at least one "4"), with a single
/// "3" and the rest "4" or "5", failing (any "2"), not assessed in some subject; knowledge quality and success rate per
/// pupil, as the quality report's class row has them; and the СОУ over every final mark of the class.
/// </summary>
internal sealed record ClassFigures(
    int Pupils,
    int AllFives,
    int FoursAndFives,
    int SingleThree,
    int Failing,
    int NotAssessed,
    double Quality,
    double Success,
    double? Sou)
{
    /// <summary>
    /// The weight of each mark in the СОУ (степень обученности учащихся, В. П. Симонов): "5" 100, "4" 64, "3" 36,
    /// "2" 16, "1" 7. The seeds give no formula (seed notes 000 §3.5 and 001 R40 say as much of quality too); this is the
    /// one district reports in both countries use.
    /// </summary>
    public static double Weight(int mark) => mark switch
    {
        >= 5 => 100,
        4 => 64,
        3 => 36,
        2 => 16,
        _ => 7,
    };

    /// <summary>The class's figures, or null when no pupil of it has a final mark in the quarter.</summary>
    public static ClassFigures? Of(ReportScope scope, ClassGroup group)
    {
        var pupils = scope.PupilsOf(group).ToList();
        var subjects = scope.SubjectsOf(group);
        var marks = pupils.Select(p => subjects.Select(s => scope.FinalMarkOf(p, group, s)).ToList()).ToList();
        // A subject nobody in the class has a mark in is not taught this quarter: it does not make everyone unassessed.
        var taught = Enumerable.Range(0, subjects.Count).Where(i => marks.Any(m => m[i] is not null)).ToList();
        if (pupils.Count == 0 || taught.Count == 0)
        {
            return null;
        }

        int allFives = 0, foursAndFives = 0, singleThree = 0, failing = 0, notAssessed = 0;
        foreach (var pupil in marks)
        {
            var values = taught.Select(i => pupil[i]?.Value).ToList();
            if (values.Any(v => v is <= 2))
            {
                failing++;
                continue;
            }

            if (values.Any(v => v is null))
            {
                notAssessed++;
                continue;
            }

            var threes = values.Count(v => v == 3);
            allFives += values.All(v => v == 5) ? 1 : 0;
            foursAndFives += threes == 0 && values.Any(v => v == 4) ? 1 : 0;
            singleThree += threes == 1 ? 1 : 0;
        }

        var all = marks.SelectMany(m => taught.Select(i => m[i])).OfType<FinalMark>().ToList();
        var n = pupils.Count;
        var successful = n - failing - notAssessed;
        return new ClassFigures(
            n,
            allFives,
            foursAndFives,
            singleThree,
            failing,
            notAssessed,
            100.0 * (allFives + foursAndFives) / n,
            100.0 * successful / n,
            all.Count == 0 ? null : all.Sum(m => Weight(m.Value)) / all.Count);
    }
}
