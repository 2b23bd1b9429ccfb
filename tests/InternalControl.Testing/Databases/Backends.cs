using Xunit;

namespace InternalControl.Testing.Databases;

/// <summary>Both backends, for a theory that runs on each: <c>[Theory, ClassData(typeof(Backends))]</c>.</summary>
public sealed class Backends : TheoryData<Backend>
{
    public Backends()
    {
        Add(Backend.Sqlite);
        Add(Backend.Postgres);
    }
}
