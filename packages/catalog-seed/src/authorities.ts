import type { Authority } from '@eruz/domain';

import { text } from './text.ts';

/** Authorities that provide the seed services. */
export const AUTHORITIES = {
  mvd: {
    id: 'mvd',
    name: text('МВД России', 'Ministry of Internal Affairs of Russia', {
      tt: 'Россия Эчке эшләр министрлыгы',
      ba: 'Рәсәй Эске эштәр министрлығы',
    }),
  },
  gibdd: {
    id: 'gibdd',
    name: text(
      'Госавтоинспекция МВД России',
      'State Traffic Safety Inspectorate (Госавтоинспекция)',
      {
        tt: 'Россия ЭЭМ Дәүләт автоинспекциясе',
        ba: 'Рәсәй ЭЭМ Дәүләт автоинспекцияһы',
      },
    ),
  },
  zags: {
    id: 'zags',
    name: text('Органы ЗАГС', 'Civil registry offices (ЗАГС)', {
      tt: 'ЗАГС органнары',
      ba: 'ЗАГС органдары',
    }),
  },
  fns: {
    id: 'fns',
    name: text('ФНС России', 'Federal Tax Service of Russia', {
      tt: 'Россия Федераль салым хезмәте',
      ba: 'Рәсәй Федераль һалым хеҙмәте',
    }),
  },
  fnsCertificationCentre: {
    id: 'fns-certification-centre',
    name: text(
      'Удостоверяющий центр ФНС России',
      'Certification centre of the Federal Tax Service',
    ),
  },
  accreditedCertificationCentre: {
    id: 'accredited-certification-centre',
    name: text('Аккредитованный удостоверяющий центр', 'Accredited certification centre'),
  },
  rosreestr: {
    id: 'rosreestr',
    name: text(
      'Росреестр',
      'Rosreestr (Federal Service for State Registration, Cadastre and Cartography)',
      {
        tt: 'Росреестр',
        ba: 'Росреестр',
      },
    ),
  },
  sfr: {
    id: 'sfr',
    name: text('Социальный фонд России', 'Social Fund of Russia', {
      tt: 'Россия Социаль фонды',
      ba: 'Рәсәй Социаль фонды',
    }),
  },
  employmentService: {
    id: 'employment-service',
    name: text(
      'Служба занятости населения («Работа России»)',
      'Public employment service (Работа России)',
    ),
  },
  regionalSocialProtection: {
    id: 'regional-social-protection',
    name: text(
      'Орган социальной защиты населения субъекта РФ',
      'Regional social protection authority',
    ),
  },
  tatarstanSocialMinistry: {
    id: 'tatarstan-social-ministry',
    name: text(
      'Министерство труда, занятости и социальной защиты Республики Татарстан',
      'Ministry of Labour, Employment and Social Protection of the Republic of Tatarstan',
      {
        tt: 'Татарстан Республикасы Хезмәт, халыкны эш белән тәэмин итү һәм социаль яклау министрлыгы',
      },
    ),
  },
  municipality: {
    id: 'municipality',
    name: text('Орган местного самоуправления', 'Local government'),
  },
  municipalEducation: {
    id: 'municipal-education',
    name: text('Муниципальный орган управления образованием', 'Municipal education authority'),
  },
  regionalTransport: {
    id: 'regional-transport',
    name: text('Региональный орган в сфере транспорта', 'Regional transport authority'),
  },
  regionalLicensing: {
    id: 'regional-licensing',
    name: text(
      'Региональный орган лицензирования розничной продажи алкогольной продукции',
      'Regional authority licensing retail sale of alcohol',
    ),
  },
  regionalEconomy: {
    id: 'regional-economy',
    name: text(
      'Региональный орган поддержки предпринимательства',
      'Regional small business support authority',
    ),
  },
  moscowParking: {
    id: 'moscow-parking-administrator',
    name: text(
      'ГКУ «Администратор Московского парковочного пространства»',
      'Moscow Parking Space Administrator (state institution)',
    ),
  },
  inspectionOperator: {
    id: 'inspection-operator',
    name: text('Оператор технического осмотра', 'Vehicle inspection operator'),
  },
  mintsifry: {
    id: 'mintsifry',
    name: text('Минцифры России', 'Ministry of Digital Development of Russia'),
  },
  farEastDevelopment: {
    id: 'far-east-land-authority',
    name: text(
      'Уполномоченный орган по предоставлению земель на Дальнем Востоке',
      'Authority granting land plots in the Far East',
    ),
  },
} satisfies Record<string, Authority>;
