namespace InternalControl.Application.Import;

/// <summary>
/// The rows of one file by their key, in file order. A row repeated with the same values is read once;
/// a key repeated with other values is a conflict that the caller reports with the first row's number.
/// </summary>
internal sealed class Keyed<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (TValue Value, int Row)> _rows = [];
    private readonly List<TValue> _order = [];
    private readonly List<(int Row, int FirstRow)> _repeats = [];

    public int Count => _order.Count;

    public IReadOnlyList<TValue> Values => _order;

    public bool Contains(TKey key) => _rows.ContainsKey(key);

    /// <summary>The rows that repeated an earlier row with the same values, with that row's number; read once.</summary>
    public IReadOnlyList<(int Row, int FirstRow)> Repeats => _repeats;

    /// <summary>Adds the row; false (with the first row) when the key is already there with other values.</summary>
    public bool TryAdd(TKey key, TValue value, int row, Func<TValue, TValue, bool> same, out TValue first, out int firstRow)
    {
        if (_rows.TryGetValue(key, out var existing))
        {
            first = existing.Value;
            firstRow = existing.Row;
            if (!same(existing.Value, value))
            {
                return false;
            }

            _repeats.Add((row, existing.Row));
            return true;
        }

        _rows[key] = (value, row);
        _order.Add(value);
        first = value;
        firstRow = row;
        return true;
    }
}
