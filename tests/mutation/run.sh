#!/usr/bin/env bash
# Mutation testing with dotnet-stryker (a .NET tool: dotnet tool install -g dotnet-stryker). Reports go to the test
# project's StrykerOutput/ (not committed); tests/mutation/score.py sums one up by file.
#   run.sh rules                      the whole rule engine library from its own tests (under an hour on 2 cores)
#   run.sh workflows-pure             the workflow library's half that runs without a database (definitions, parsing,
#                                     diagrams, the case machine, the task form, quiet hours), from the tests of that half
#                                     (all without a database but a few of Parsing's that run a case on SQLite; under 20
#                                     minutes)
#   run.sh workflows-sample N SEED    N seeded random code lines of the other half (runtime, stores, outbox, journal),
#                                     from every Workflows test (each mutant runs the database-backed tests that cover it)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:$HOME/.dotnet/tools"
reports=(-r ClearText -r Json -r Dots)
case "${1:-}" in
  rules)
    cd tests/InternalControl.Rules.Tests
    dotnet-stryker --project InternalControl.Rules.csproj "${reports[@]}" -c 2
    ;;
  workflows-pure)
    filter="FullyQualifiedName~Tests.Parsing.|FullyQualifiedName~Tests.Machine.|FullyQualifiedName~Tests.Model."
    filter+="|FullyQualifiedName~AssigneeParsingTests|FullyQualifiedName~AssigneeBuilderTests|FullyQualifiedName~Diagram"
    filter+="|FullyQualifiedName~CatalogTests|FullyQualifiedName~RoleNameTests|FullyQualifiedName~Tests.Definition"
    filter+="|FullyQualifiedName~QuietHoursTests"
    cd tests/InternalControl.Workflows.Tests
    dotnet-stryker --project InternalControl.Workflows.csproj \
      -m "**/Definitions/**/*.cs" -m "**/Diagrams/*.cs" -m "**/Runtime/CaseMachine*.cs" -m "**/Tasks/FormValidator.cs" \
      -m "**/Outbox/QuietHours.cs" --test-case-filter "$filter" "${reports[@]}" -c 1
    ;;
  workflows-sample)
    # The patterns first, so that a sampler that fails stops here: with no pattern Stryker would mutate the whole library.
    patterns=$(python3 tests/mutation/sample-lines.py "${2:?lines}" "${3:?seed}")
    [ -n "$patterns" ] || { echo "run.sh: the sampler gave no lines" >&2; exit 2; }
    mutate=()
    while read -r pattern; do mutate+=(-m "$pattern"); done <<< "$patterns"
    cd tests/InternalControl.Workflows.Tests
    dotnet-stryker --project InternalControl.Workflows.csproj "${mutate[@]}" "${reports[@]}" -c 2
    ;;
  *)
    sed -n '2,10p' "$0"
    exit 2
    ;;
esac
