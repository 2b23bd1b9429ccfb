namespace InternalControl.Rules.Runtime;

/// <summary>
/// The derived facts of one pupil (asserted by rules), keyed by (fact, subject), with a version per fact
/// name so that a rule re-fires only when a fact it reads has changed.
/// </summary>
internal sealed class PupilFacts
{
    private readonly Dictionary<(int Fact, int Subject), double> _values = [];
    private readonly int[] _versions;

    public PupilFacts(int factCount) => _versions = new int[factCount];

    public IEnumerable<KeyValuePair<(int Fact, int Subject), double>> All => _values;

    public bool Exists(int fact, int subject) => _values.ContainsKey((fact, subject));

    public double Value(int fact, int subject) => _values.TryGetValue((fact, subject), out var value) ? value : 0;

    /// <summary>Asserts a fact; true when that changed anything.</summary>
    public bool Assert(int fact, int subject, double value)
    {
        if (_values.TryGetValue((fact, subject), out var old) && old.Equals(value))
        {
            return false;
        }

        _values[(fact, subject)] = value;
        _versions[fact]++;
        return true;
    }

    public int Stamp(int[] facts)
    {
        var stamp = 0;
        foreach (var fact in facts)
        {
            stamp += _versions[fact];
        }

        return stamp;
    }

    public void Clear()
    {
        _values.Clear();
        Array.Clear(_versions);
    }
}
