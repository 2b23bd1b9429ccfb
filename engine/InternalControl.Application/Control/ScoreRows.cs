using System.Globalization;
using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;

namespace InternalControl.Application.Control;

/// <summary>Checks the values of one scores.csv row at a time and remembers keys, to find a score given twice.</summary>
internal sealed class ScoreRows(string file, DecisionMatrix matrix, IReadOnlySet<string>? staffIds, IReadOnlySet<string>? objectIds, List<ImportError> errors)
{
    private readonly Dictionary<(string, string, string, DateOnly), int> _seen = [];

    /// <summary>The score of a row (values in <see cref="ScoreImporter.Columns"/> order), or null after adding its errors.</summary>
    public EvaluationScore? Read(int row, IReadOnlyList<string> v)
    {
        var before = errors.Count;
        for (var i = 0; i < v.Count; i++)
        {
            if (v[i].Length == 0)
            {
                Error(row, i, "Import.EmptyValue", ScoreImporter.Columns[i]);
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        // A score for a teacher, class or pupil the school does not have would be counted for no one.
        if (objectIds is not null && !objectIds.Contains(v[0]))
        {
            Error(row, 0, "Scores.UnknownObject", v[0]);
        }

        var sheet = matrix.Find(v[2]);
        if (sheet is null)
        {
            Error(row, 2, "Scores.UnknownSheet", v[2]);
        }

        var criterion = Number(row, 3, v[3], 1, sheet?.CriteriaCount ?? int.MaxValue);
        var score = Number(row, 4, v[4], 0, 2);
        if (!IsoDate.TryParse(v[5], out var date))
        {
            Error(row, 5, "Import.BadDate", v[5]);
        }

        if (staffIds is not null && !staffIds.Contains(v[6]))
        {
            Error(row, 6, "Import.UnknownStaff", v[6]);
        }

        if (errors.Count > before || sheet is null || criterion is null || score is null)
        {
            return null;
        }

        var criterionCode = criterion.Value.ToString(CultureInfo.InvariantCulture);
        var key = (v[0], sheet.Id, criterionCode, date);
        if (_seen.TryGetValue(key, out var first))
        {
            Error(row, 3, "Import.Duplicate", $"{v[0]} {sheet.Id} {criterionCode} {v[5]}", first);
            return null;
        }

        _seen[key] = row;
        return new EvaluationScore(v[0], v[1], sheet.Id, criterionCode, score.Value, date, v[6]);
    }

    private int? Number(int row, int column, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(row, column, "Import.NotANumber", text);
            return null;
        }

        if (value < min || value > max)
        {
            Error(row, column, "Import.OutOfRange", value, min, max);
            return null;
        }

        return value;
    }

    private void Error(int row, int column, string key, params object?[] args) =>
        errors.Add(new ImportError(file, row, ScoreImporter.Columns[column], key, args));
}
