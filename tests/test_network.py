"""The NetworkX projection and its analyses, on hand-written graphs (tests/data/network)."""

from __future__ import annotations

import io
import random

import networkx as nx
import pytest
from rdflib.namespace import RDFS

from polkg import KnowledgeGraph
from polkg.graph.network.centrality import betweenness, rank
from polkg.graph.network.communities import communities
from polkg.graph.network.ego import ego_network
from polkg.graph.network.network import NotInNetwork, Period, project
from polkg.graph.network.network_export import write_network
from polkg.graph.network.paths import find_paths
from polkg.ontology import ID, POL

from .conftest import DATA

NETWORK = DATA / "network"
RECORDS = str(NETWORK / "party-records.ttl")
LEADERS = str(NETWORK / "leaders-and-offices.ttl")
EXPULSION = str(NETWORK / "expulsion.ttl")

CORBYN, STARMER = str(ID["person/jeremy-corbyn"]), str(ID["person/keir-starmer"])
SUNAK, LUCAS = str(ID["person/rishi-sunak"]), str(ID["person/caroline-lucas"])
LABOUR, GREENS = str(ID["party/labour-party"]), str(ID["party/green-party"])
EXPELLED = str(ID["event/corbyn-expelled"])


@pytest.fixture(scope="module")
def store():
    kg = KnowledgeGraph(":memory:")
    report = kg.load([NETWORK])
    assert not report.failed and len(report.loaded) == 3
    yield kg.store
    kg.close()


def edges(graph, u, v):
    return list((graph.get_edge_data(u, v) or {}).values())


def relations(graph, u, v):
    return sorted(d["relation"] for d in edges(graph, u, v))


def test_nodes_carry_iri_label_and_type(store):
    graph = project(store)
    assert graph.nodes[CORBYN] == {"iri": CORBYN, "label": "Jeremy Corbyn", "type": "person"}
    assert graph.nodes[LABOUR]["type"] == "party"
    assert graph.nodes[str(ID["office/prime-minister"])]["type"] == "office"
    assert graph.nodes[str(ID["constituency/islington-north"])]["label"] == "Islington North"
    assert graph.nodes[EXPELLED]["type"] == "event"
    assert graph.nodes[EXPELLED]["event_type"] == "Expelled"


def test_edges_carry_relation_dates_with_precision_and_sources(store):
    graph = project(store)
    assert relations(graph, CORBYN, LABOUR) == ["leader of", "member of"]
    (membership,) = [d for d in edges(graph, CORBYN, LABOUR) if d["relation"] == "member of"]
    assert membership["start"] == "1965" and membership["start_precision"] == "year"
    assert membership["end"] == "2024" and membership["end_precision"] == "year"
    assert (membership["end_earliest"], membership["end_latest"]) == ("2024-01-01", "2024-12-31")
    # Stated by two documents: one edge, both sources, both facts.
    assert membership["sources"] == sorted([RECORDS, EXPULSION])
    assert membership["facts"] == [str(ID["membership/corbyn-labour"]),
                                   str(ID["membership/corbyn-labour-as-reported"])]
    assert membership["certain"] is True
    (seat,) = edges(graph, CORBYN, str(ID["constituency/islington-north"]))
    assert seat["relation"] == "represents" and seat["sources"] == [LEADERS]
    assert "end" not in seat
    assert relations(graph, SUNAK, str(ID["office/prime-minister"])) == ["holds"]


def test_event_participation_goes_through_the_event_node(store):
    graph = project(store)
    (agent,) = edges(graph, CORBYN, EXPELLED)
    (concerns,) = edges(graph, EXPELLED, LABOUR)
    assert (agent["relation"], concerns["relation"]) == ("agent of", "concerns")
    assert agent["start"] == "2024-05" and agent["start_precision"] == "month"
    assert agent["sources"] == concerns["sources"] == [EXPULSION]
    (document,) = agent["documents"]
    assert document.startswith(str(ID["doc/expulsion-"]))


def count_queries(store, monkeypatch) -> list[str]:
    calls: list[str] = []
    for method in ("query", "values"):
        real = getattr(store, method)

        def counting(sparql, bindings=None, real=real):
            calls.append(sparql)
            return real(sparql, bindings)

        monkeypatch.setattr(store, method, counting)
    return calls


def test_projection_queries_in_bulk_not_per_node(store, monkeypatch, tmp_path):
    calls = count_queries(store, monkeypatch)
    project(store)
    small = len(calls)
    crowd = tmp_path / "crowd.ttl"
    crowd.write_text("".join(
        f"<{ID[f'person/p{i}']}> a <{POL.Person}> ; <{RDFS.label}> \"Person {i}\" .\n"
        f"<{ID[f'membership/p{i}']}> a <{POL.Membership}> ; <{POL.member}> "
        f"<{ID[f'person/p{i}']}> ; <{POL.organization}> <{LABOUR}> .\n" for i in range(50)),
        encoding="utf-8")
    bigger = KnowledgeGraph(":memory:")
    assert not bigger.load([NETWORK, crowd]).failed
    more = count_queries(bigger.store, monkeypatch)
    graph = project(bigger.store)
    assert graph.degree(LABOUR) == 7 + 50
    # Entities, dates, file names, one per tenure kind, one for events.
    assert len(more) == small == 8


def test_values_match_the_generic_conversion(store):
    from polkg.graph.store.store import Store

    query = "SELECT ?m ?start ?role WHERE { ?m a pol:Membership OPTIONAL { ?m pol:start ?start }"
    query += " OPTIONAL { ?m pol:role ?role } } ORDER BY ?m"
    fast = store.values(query)
    assert fast == Store.values(store, query)
    assert (str(ID["membership/sunak-conservative"]), None, None) in fast


def test_entities_and_dates_described_by_many_documents_come_once(store):
    from polkg.graph.network.network import _DATES, _ENTITIES

    # 1965 and 2024 are described in two documents, Corbyn and Labour in several.
    dates = [(d, p) for d, p, _ in store.values(_DATES)]
    assert len(dates) == len(set(dates)) and (str(ID["date/1965"]), str(POL.earliest)) in dates
    entities = [(iri, label) for iri, _, label in store.values(_ENTITIES)]
    assert entities.count((CORBYN, "Jeremy Corbyn")) == 1


def test_before_2024_corbyn_and_starmer_connect_through_labour_membership(store):
    graph = project(store, period=Period.as_of("2012-01-01"))
    (path, *_) = find_paths(graph, CORBYN, STARMER)
    assert path.nodes == (CORBYN, LABOUR, STARMER)
    assert path.in_words() == ("Jeremy Corbyn -(member of, 1965 to 2024)-> Labour Party "
                               "<-(member of, from 1980)- Keir Starmer")
    assert [h.record["sources"] for h in path.hops] == [sorted([RECORDS, EXPULSION]), [RECORDS]]


def test_after_the_expulsion_not_through_that_membership(store):
    graph = project(store, period=Period.as_of("2025-01-01"))
    assert relations(graph, CORBYN, LABOUR) == []
    paths = find_paths(graph, CORBYN, STARMER, max_paths=5)
    assert paths, "the expulsion event still links them"
    for path in paths:
        for hop in path.hops:
            assert hop.record["relation"] != "member of" or hop.record["from"] != "Jeremy Corbyn"
    first = paths[0]
    assert first.nodes == (CORBYN, EXPELLED, LABOUR, STARMER)
    assert [h.record["relation"] for h in first.hops] == ["agent of", "concerns", "leader of"]
    assert first.hops[2].record["sources"] == [LEADERS]
    assert first.hops[2].also == ("member of from 1980",)
    # Through parties only, nothing is left (one path or several: two ways of searching).
    assert find_paths(graph, CORBYN, STARMER, via=["party"]) == []
    assert find_paths(graph, CORBYN, STARMER, via=["party"], max_paths=1) == []
    (only,) = find_paths(graph, CORBYN, STARMER, via=["event", "party"], max_paths=1)
    assert only.nodes == first.nodes


def test_as_of_within_a_year_precision_end_is_uncertain(store):
    def membership(day):
        graph = project(store, period=Period.as_of(day))
        return [d for d in edges(graph, CORBYN, LABOUR) if d["relation"] == "member of"]

    (during,) = membership("2024-03-01")
    assert during["certain"] is False
    (before,) = membership("2023-06-01")
    assert before["certain"] is True
    assert membership("2025-01-01") == []


def test_undated_relation_is_sometime_in_no_period(store):
    """Sunak's Conservative membership has no date: it is in the whole graph, not as of a day
    (an undated "the Labour leader" must not make anyone leader as of 2025)."""
    party = str(ID["party/conservative-party"])
    assert len(edges(project(store), SUNAK, party)) == 1
    graph = project(store, period=Period.as_of("2023-01-01"))
    assert edges(graph, SUNAK, party) == []
    (pm,) = edges(graph, SUNAK, str(ID["office/prime-minister"]))
    assert pm["certain"] is True


def test_events_after_the_date_are_left_out(store):
    graph = project(store, period=Period.as_of("2019-06-01"))
    assert EXPELLED not in graph
    assert CORBYN in graph


def test_a_period_keeps_relations_that_overlap_it(store):
    pm = str(ID["office/prime-minister"])
    graph = project(store, period=Period.between("2023", "2023"))
    assert relations(graph, SUNAK, pm) == ["holds"] and relations(graph, STARMER, pm) == []
    graph = project(store, period=Period.between("2024-08", None))
    assert relations(graph, SUNAK, pm) == [] and relations(graph, STARMER, pm) == ["holds"]
    with pytest.raises(ValueError, match="ends"):
        Period.between("2024", "2020")


def test_node_types_can_be_chosen(store):
    graph = project(store, types=["person", "party"])
    assert {d["type"] for _, d in graph.nodes(data=True)} == {"person", "party"}
    assert {d["relation"] for *_, d in graph.edges(data=True)} == {"member of", "leader of"}
    with pytest.raises(ValueError, match="unknown node type venue"):
        project(store, types=["person", "venue"])


def test_paths_are_distinct_and_shortest_first(store):
    graph = project(store)
    paths = find_paths(graph, CORBYN, STARMER, max_paths=3)
    # Only two simple paths exist: through the membership and through the expulsion.
    assert [p.nodes for p in paths] == [(CORBYN, LABOUR, STARMER),
                                        (CORBYN, EXPELLED, LABOUR, STARMER)]
    assert [p.nodes for p in find_paths(graph, CORBYN, STARMER, max_paths=1)] == [
        (CORBYN, LABOUR, STARMER)]


def test_no_path_and_not_in_network(store):
    graph = project(store)
    assert find_paths(graph, CORBYN, LUCAS) == []
    people = project(store, types=["person"])
    with pytest.raises(NotInNetwork):
        find_paths(people, CORBYN, LABOUR)


def test_ego_network_by_depth(store):
    graph = project(store, period=Period.as_of("2012-01-01"))
    ego = ego_network(graph, LABOUR, depth=1)
    assert set(ego.graph) == {LABOUR, CORBYN, STARMER, str(ID["person/ed-miliband"]),
                              str(ID["person/david-miliband"])}
    deeper = ego_network(graph, LABOUR, depth=2)
    assert str(ID["constituency/islington-north"]) in deeper.graph
    assert deeper.distance[str(ID["constituency/islington-north"])] == 2
    assert all(r["relation"] == "member of" for r in ego.relations())


def test_centrality_rankings(store):
    graph = project(store)
    (top,) = rank(graph, "degree", types=["party"], top=1)
    assert top.label == "Labour Party" and top.degree == 5
    between = rank(graph, "betweenness", types=["person"], top=1)
    assert between[0].label in ("Jeremy Corbyn", "Keir Starmer")
    sampled = rank(graph, "betweenness", top=3, sample=5)
    assert len(sampled) == 3 and sampled == rank(graph, "betweenness", top=3, sample=5)
    assert rank(graph, "pagerank", top=1)[0].label == "Labour Party"
    with pytest.raises(ValueError, match="unknown measure"):
        rank(graph, "closeness")


def test_betweenness_scores_are_networkx_own():
    """Exact, and sampled from the same sources, the scores are those of networkx's Brandes
    (a loop, a node alone and a separate pair included)."""
    walk = nx.relabel_nodes(nx.gnm_random_graph(120, 200, seed=3), str)
    walk.add_edges_from([("7", "7"), ("a", "b")])
    walk.add_node("alone")
    exact = betweenness(walk, None)
    assert exact == pytest.approx(nx.betweenness_centrality(walk), abs=1e-12)
    progress = []
    sampled = betweenness(walk, 30, seed=4, progress=lambda done, total: progress.append(done))
    everyone = sorted(walk)
    sources = random.Random(4).sample(everyone, 30)
    n = len(everyone)
    scale = 2 / ((n - 1) * (n - 2)) * n / 30
    theirs = nx.betweenness_centrality_subset(walk, sources, everyone)
    assert sampled == pytest.approx({v: s * scale for v, s in theirs.items()}, abs=1e-12)
    assert progress == [30]


def test_communities_group_parties_with_their_people(store):
    graph = project(store)
    groups = communities(graph).groups
    group_of = {n: i for i, g in enumerate(groups) for n in g}
    assert group_of[LUCAS] == group_of[GREENS]
    assert group_of[GREENS] != group_of[LABOUR]
    assert communities(graph, method="greedy").groups


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_export_rereads(store, fmt, reader):
    graph = project(store)
    out = io.BytesIO()
    write_network(graph, out, fmt)
    back = reader(io.BytesIO(out.getvalue()))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes[CORBYN]["label"] == "Jeremy Corbyn"
    agent = next(iter(back.get_edge_data(CORBYN, EXPELLED).values()))
    assert agent["relation"] == "agent of"
    (membership,) = [d for d in back.get_edge_data(CORBYN, LABOUR).values()
                     if d["relation"] == "member of"]
    assert membership["sources"] == "; ".join(sorted([RECORDS, EXPULSION]))


def test_knowledge_graph_answers_every_network_question():
    """The doors' API: the same answers as the functions on the projection."""
    kg = KnowledgeGraph(":memory:")
    kg.load([NETWORK])
    network = kg.network()
    assert set(network.nodes) == set(project(kg.store).nodes)
    (first, *_) = kg.paths("Jeremy Corbyn", "Keir Starmer")
    assert first.nodes == find_paths(network, CORBYN, STARMER)[0].nodes
    assert kg.neighbours("Jeremy Corbyn").relations() == ego_network(network, CORBYN).relations()
    assert [r.iri for r in kg.central("pagerank", top=3)] == \
        [r.iri for r in rank(network, "pagerank", top=3)]
    assert kg.communities(network=network) == communities(network)
    out = io.BytesIO()
    kg.export_network(out, "graphml")
    assert b"<graphml" in out.getvalue()
