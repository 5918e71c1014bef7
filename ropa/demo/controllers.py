"""Controller heads: cities and municipalities, their companies, wellbeing services counties and firms.

Why: this is the DPO's real portfolio (DOMAIN.md): one DPO serving a city and its energy,
housing and water companies, or an external DPO serving firms. Cities and the wellbeing services
counties (hyvinvointialueet, which have organised social welfare and health care since 2023) are
public authorities (Art. 6(1) second subparagraph, Art. 37(1)(a), Art. 49(3)); the companies and
the firms are not. ``plan["authority"]`` tells the register generator which rules apply.
"""

from __future__ import annotations

from typing import Any

from ropa.demo.draw import Draw, slug
from ropa.demo.facts import EEA
from ropa.demo.material import City, CityCompany

__all__ = ["Plan", "plan_controllers"]

# {"head": controller without registers, "kind", "lang", "domain", "intl", "authority", "joint", ...}
Plan = dict[str, Any]


def _not_an_authority(draw: Draw) -> bool | None:
    """A company or firm: mostly answered (false); now and then still null (not yet answered).

    A public authority always answers true: the rules that depend on it (no 6(1)(f) for its
    tasks, Art. 49(3)) are what the demo shows.
    """
    return False if draw.rng.random() < 0.9 else None


def _cooperation(draw: Draw) -> str:
    """The Art. 26 arrangement between a city and its wellbeing services county."""
    return draw.m.texts["fi"].joint_controller["arrangement"]


def _county_domain(county: str) -> str:
    return slug(county).replace("-", "") + ".fi"


def _address(draw: Draw, city: City) -> str:
    """A street address in the city centre, e.g. "Valtakatu 26, 94100 KEMI"."""
    street, number = draw.rng.choice(draw.m.streets), draw.rng.randint(1, 40)
    return f"{street} {number}, {city.postal_code} {city.name.upper()}"


def plan_controllers(draw: Draw, count: int) -> list[Plan]:
    """``count`` controller plans: each city comes with some of its companies, firms in between."""
    rng, m = draw.rng, draw.m
    cities = list(m.cities[2:])
    rng.shuffle(cities)
    cities = list(m.cities[:2]) + cities
    plans: list[Plan] = []
    counties: set[str] = set()
    firms = 0
    while len(plans) < count:
        if cities and (not plans or rng.random() < 0.3):
            city = cities.pop(0)
            city_plan = _city(draw, city)
            plans.append(city_plan)
            reserve = 1 if count >= 3 and firms == 0 else 0
            for kind in m.city_companies:
                if len(plans) >= count - reserve:
                    break
                if rng.random() < 0.7:
                    plans.append(_company(draw, city, kind, city_plan))
            county = city.county
            room = len(plans) < count - reserve
            if county is not None and county not in counties and room and rng.random() < 0.5:
                counties.add(county)
                plans.append(_county(draw, city, county, city_plan))
        else:
            plans.append(_firm(draw, ict=firms == 0))
            firms += 1
    return plans


def _city(draw: Draw, city: City) -> Plan:
    rng = draw.rng
    name = f"{city.genitive} {city.type}"
    draw.names.add(name)
    key = draw.unique_key("controller", slug(city.name))
    domain = slug(city.name).replace("-", "") + ".fi"
    dpo = draw.person(domain)
    dpo["email"] = f"tietosuojavastaava@{domain}"
    head = {
        "key": key,
        "name": name,
        "business_id": draw.business_id(),
        "address": _address(draw, city),
        "country": "FI",
        "email": f"kirjaamo@{domain}",
        "phone": f"{city.area_code} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
        "website": f"https://www.{domain}",
        "public_authority": True,
        "representative": None,
        "dpo": dpo,
        "supervisory_authority": draw.m.supervisory_authority,
    }
    joint = None
    if city.county is not None:  # family centre services run together with the county
        contact = f"kirjaamo@{_county_domain(city.county)}"
        joint = {"name": city.county, "contact": contact, "arrangement": _cooperation(draw)}
    return {
        "head": head,
        "kind": "city",
        "lang": "fi",
        "domain": domain,
        "intl": False,
        "authority": True,
        "joint": joint,
    }


def _county(draw: Draw, city: City, county: str, city_plan: Plan) -> Plan:
    """The wellbeing services county of ``city``, which organises its social and health care."""
    rng = draw.rng
    draw.names.add(county)
    key = draw.unique_key("controller", slug(county))
    domain = _county_domain(county)
    dpo = draw.person(domain)
    dpo["email"] = f"tietosuojavastaava@{domain}"
    head = {
        "key": key,
        "name": county,
        "business_id": draw.business_id(),
        "address": _address(draw, city),
        "country": "FI",
        "email": f"kirjaamo@{domain}",
        "phone": f"{city.area_code} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
        "website": f"https://www.{domain}",
        "public_authority": True,
        "representative": None,
        "dpo": dpo,
        "supervisory_authority": draw.m.supervisory_authority,
    }
    city_head = city_plan["head"]
    joint = {"name": city_head["name"], "contact": city_head["email"], "arrangement": _cooperation(draw)}
    return {
        "head": head,
        "kind": "wellbeing",
        "lang": "fi",
        "domain": domain,
        "intl": False,
        "authority": True,
        "joint": joint,
    }


def _company(draw: Draw, city: City, kind: CityCompany, city_plan: Plan) -> Plan:
    rng = draw.rng
    prefix, form = kind.name_suffix.rsplit(" ", 1)
    name = draw.unique_name(lambda: f"{city.genitive} {prefix}", form)
    key = draw.unique_key("controller", f"{slug(city.name)}-{kind.key_suffix}")
    domain = f"{slug(city.name).replace('-', '')}{kind.domain_suffix}.fi"
    head = {
        "key": key,
        "name": name,
        "business_id": draw.business_id(),
        "address": _address(draw, city),
        "country": "FI",
        "email": f"asiakaspalvelu@{domain}",
        "phone": f"{city.area_code} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
        "website": f"https://www.{domain}",
        "public_authority": _not_an_authority(draw),
        "representative": None,
        # the city's DPO usually serves its companies too
        "dpo": dict(city_plan["head"]["dpo"]) if rng.random() < 0.8 else draw.person(domain),
        "supervisory_authority": draw.m.supervisory_authority,
    }
    return {
        "head": head,
        "kind": kind.kind,
        "lang": "fi",
        "domain": domain,
        "intl": False,
        "authority": False,
        "joint": None,
    }


def _firm(draw: Draw, ict: bool = False) -> Plan:
    rng, m = draw.rng, draw.m
    english = ict or rng.random() < 0.6  # the first (ICT) firm is English-named
    country = "FI"
    if english and rng.random() < 0.2:
        country = rng.choice(tuple(m.foreign_firms))
    trades = m.firm_trades
    if ict:
        trade_i = rng.choice([i for i, t in enumerate(trades) if t.sector == "ict"])
    else:
        trade_i = rng.randrange(len(trades))
    form = rng.choice(("Ltd", "Oy")) if english else "Oy"
    if country != "FI":
        form = m.foreign_firms[country].legal_form

    def make() -> str:
        if english:
            return f"{rng.choice(m.firm_stems_en)} {trades[trade_i].en}"
        return f"{rng.choice(m.firm_stems_fi)} {trades[trade_i].fi}"

    name = draw.unique_name(make, form)
    short = name.removesuffix(" " + form)
    key = draw.unique_key("controller", slug(short))
    if country == "FI":
        tld, address = "fi", draw.fi_address()
        phone = draw.phone()
    else:
        foreign = m.foreign_firms[country]
        address, tld = foreign.address, foreign.tld
        phone = f"{foreign.phone_prefix} {rng.randrange(1000, 10000)} {rng.randrange(1000, 10000)}"
    domain = f"{slug(short).replace('-', '')}.{tld}"
    representative = m.firm_representative.as_dict() if country not in EEA else None
    if rng.random() < 0.5:  # an external DPO serving several client firms
        dpo = {
            "name": rng.choice(m.external_dpo_names),
            "email": m.external_dpo_email,
            "phone": m.external_dpo_phone,
        }
    else:
        dpo = draw.person(domain, intl=english)
    head = {
        "key": key,
        "name": name,
        "business_id": draw.business_id(),  # Finnish Y-tunnus (a branch for foreign firms)
        "address": address,
        "country": country,
        "email": f"info@{domain}",
        "phone": phone,
        "website": f"https://www.{domain}",
        "public_authority": _not_an_authority(draw),
        "representative": representative,
        "dpo": dpo,
        "supervisory_authority": m.supervisory_authority,
    }
    return {
        "head": head,
        "kind": "firm",
        "sector": trades[trade_i].sector,
        "lang": "en",  # client firms are documented in English
        "domain": domain,
        "intl": english,
        "authority": False,
        "joint": dict(m.texts["en"].joint_controller),
    }
