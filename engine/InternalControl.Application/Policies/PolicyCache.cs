using System.Security.Cryptography;
using System.Text;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Policies;

namespace InternalControl.Application.Policies;

/// <summary>
/// Compiled policies kept per database and policy version (hardening, finding 11): the key is the database and a hash of
/// its attached sources (each file's name and text, in order), so a new version (`ic policy set`, a rollback) is compiled
/// once and every later session of the same version reuses it. A compiled policy is immutable and shared across
/// sessions and threads. At most <see cref="Capacity"/> versions are kept; the least recently used goes first.
/// </summary>
public static class PolicyCache
{
    /// <summary>How many compiled versions are kept in the process.</summary>
    public const int Capacity = 16;

    private static readonly Lock Gate = new();
    private static readonly LinkedList<(Key Key, Lazy<Result<HostedPolicy>> Policy)> Entries = [];
    private static readonly Dictionary<string, long> CompilationsByDatabase = new(StringComparer.Ordinal);

    /// <summary>
    /// The compiled policy of <paramref name="sources"/> as attached in <paramref name="database"/> (its path, or a
    /// PostgreSQL server and database), compiled only when this version is not cached.
    /// </summary>
    public static Result<HostedPolicy> Compile(string database, IReadOnlyList<PolicySource> sources)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(sources);
        var key = new Key(database, Hash(sources));
        Lazy<Result<HostedPolicy>> policy;
        lock (Gate)
        {
            var node = Entries.First;
            while (node is not null && node.Value.Key != key)
            {
                node = node.Next;
            }

            if (node is null)
            {
                node = new LinkedListNode<(Key, Lazy<Result<HostedPolicy>>)>((key, new Lazy<Result<HostedPolicy>>(() => Compiled(database, sources))));
                while (Entries.Count >= Capacity)
                {
                    Entries.RemoveLast();
                }
            }
            else
            {
                Entries.Remove(node);
            }

            Entries.AddFirst(node);
            policy = node.Value.Policy;
        }

        return policy.Value;
    }

    /// <summary>How many times a policy of <paramref name="database"/> was compiled in this process (for tests and telemetry).</summary>
    public static long CompilationsOf(string database)
    {
        lock (Gate)
        {
            return CompilationsByDatabase.GetValueOrDefault(database);
        }
    }

    private static Result<HostedPolicy> Compiled(string database, IReadOnlyList<PolicySource> sources)
    {
        lock (Gate)
        {
            CompilationsByDatabase[database] = CompilationsByDatabase.GetValueOrDefault(database) + 1;
        }

        return PolicyHost.Compile(sources);
    }

    private static string Hash(IReadOnlyList<PolicySource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source.File));
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(source.Text));
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private readonly record struct Key(string Database, string SourcesHash);
}
